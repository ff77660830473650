using NUnit.Framework;
using PlanAct.Agents.Planning;

namespace PlanAct.Agents.Tests.Unit;

public sealed class PlannerReplyParserTests
{
    [Test]
    public void Parses_the_text_format_with_reasoning_plan_memory_and_instruction()
    {
        var reply = "The search box is visible.\n##Global Plan: 1. Search for mug\n2. Open the result\n\\MEMORY: price unknown\n\\INSTRUCTION: Type 'mug' into the search box and press Enter";

        var turn = PlannerReplyParser.Parse(reply).Turn!;

        Assert.That(turn.IsStop, Is.False);
        Assert.That(turn.Reasoning, Is.EqualTo("The search box is visible."));
        Assert.That(turn.GlobalPlan, Is.EqualTo("1. Search for mug\n2. Open the result"));
        Assert.That(turn.Memory, Is.EqualTo("price unknown"));
        Assert.That(turn.Instruction, Is.EqualTo("Type 'mug' into the search box and press Enter"));
        Assert.That(turn.Format, Is.EqualTo(PlannerReplyFormat.Text));
    }

    [Test]
    public void Stop_answer_may_span_lines_and_contain_parentheses()
    {
        var turn = PlannerReplyParser.Parse("Done.\n\\stop(Alice (admin),\nBob)").Turn!;

        Assert.That(turn.IsStop, Is.True);
        Assert.That(turn.Answer, Is.EqualTo("Alice (admin),\nBob"));
        Assert.That(turn.Instruction, Is.Null);
    }

    [Test]
    public void The_word_stop_inside_an_instruction_or_reasoning_does_not_stop()
    {
        var reply = "I should not \\stop(yet) here.\n##Global Plan: 1. press the button\n\\INSTRUCTION: Click the 'Stop' button next to the stopwatch";

        var turn = PlannerReplyParser.Parse(reply).Turn!;

        Assert.That(turn.IsStop, Is.False);
        Assert.That(turn.Instruction, Is.EqualTo("Click the 'Stop' button next to the stopwatch"));
    }

    [Test]
    public void Think_block_is_removed_and_kept_as_reasoning()
    {
        var turn = PlannerReplyParser.Parse("<think>\\stop(wrong)\n</think>\n\\stop(42)").Turn!;

        Assert.That(turn.Answer, Is.EqualTo("42"));
        Assert.That(turn.Reasoning, Does.Contain("wrong"));
    }

    [TestCase("**Global Plan:** 1. x\n**MEMORY:** m\n**INSTRUCTION:** Click the 'Go' button", "Click the 'Go' button")]
    [TestCase("## Global Plan: 1. x\nINSTRUCTION: Scroll down", "Scroll down")]
    [TestCase("\\INSTRUCTION:   Click the 'Go' button  \n\nThat is all.", "Click the 'Go' button")]
    [TestCase("\\INSTRUCTION: Click the\n'Go' button", "Click the 'Go' button")]
    public void Lenient_variants_of_the_markers_are_accepted(string reply, string instruction)
        => Assert.That(PlannerReplyParser.Parse(reply).Turn!.Instruction, Is.EqualTo(instruction));

    [Test]
    public void Unbalanced_stop_takes_the_rest_of_the_text()
        => Assert.That(PlannerReplyParser.Parse("\\stop(N/A").Turn!.Answer, Is.EqualTo("N/A"));

    [Test]
    public void Empty_stop_is_a_stop_with_an_empty_answer()
    {
        var turn = PlannerReplyParser.Parse("\\stop()").Turn!;
        Assert.That(turn.IsStop, Is.True);
        Assert.That(turn.Answer, Is.Empty);
    }

    [Test]
    public void Json_reply_with_instruction_parses()
    {
        var turn = PlannerReplyParser.Parse("""{"reasoning":"r","global_plan":"1. a","memory":"m","instruction":"Click 'A'","done":false,"final_answer":null}""").Turn!;

        Assert.That(turn.Format, Is.EqualTo(PlannerReplyFormat.Json));
        Assert.That(turn.Instruction, Is.EqualTo("Click 'A'"));
        Assert.That(turn.Memory, Is.EqualTo("m"));
    }

    [Test]
    public void Fenced_json_done_reply_is_a_stop()
    {
        var turn = PlannerReplyParser.Parse("Here you go:\n```json\n{\"done\": true, \"final_answer\": \"$12\"}\n```").Turn!;

        Assert.That(turn.IsStop, Is.True);
        Assert.That(turn.Answer, Is.EqualTo("$12"));
    }

    [Test]
    public void Json_without_instruction_or_done_is_an_error_naming_the_field()
    {
        var result = PlannerReplyParser.Parse("""{"global_plan":"1. a","done":false}""");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("instruction"));
    }

    [Test]
    public void Broken_json_falls_back_to_the_text_format()
    {
        var turn = PlannerReplyParser.Parse("{not json}\n\\INSTRUCTION: Scroll down").Turn;
        Assert.That(turn?.Instruction, Is.EqualTo("Scroll down"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("I will now look at the page.")]
    [TestCase("##Global Plan: 1. a\n\\MEMORY: m")]
    [TestCase("\\INSTRUCTION:   ")]
    public void Replies_without_instruction_or_stop_fail_with_the_expected_format(string reply)
    {
        var result = PlannerReplyParser.Parse(reply);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("\\INSTRUCTION:").And.Contain("\\stop("));
    }

    [Test]
    public void Memory_may_span_several_lines()
    {
        var turn = PlannerReplyParser.Parse("\\MEMORY: a = 1\nb = 2\n\\INSTRUCTION: Scroll down").Turn!;
        Assert.That(turn.Memory, Is.EqualTo("a = 1\nb = 2"));
    }
}
