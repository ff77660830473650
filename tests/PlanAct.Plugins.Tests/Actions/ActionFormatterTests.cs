using NUnit.Framework;
using PlanAct.Plugins.Actions;

namespace PlanAct.Plugins.Tests.Actions;

public sealed class ActionFormatterTests
{
    private static readonly BrowserAction[] Actions =
    [
        new(BrowserActionKind.Click) { ElementId = "12" },
        new(BrowserActionKind.Click) { ElementId = "e7" },
        new(BrowserActionKind.Click) { ElementId = "f1e2" },
        new(BrowserActionKind.Hover) { ElementId = "3" },
        new(BrowserActionKind.Type) { ElementId = "5", Argument = "hello world", PressEnter = true },
        new(BrowserActionKind.Type) { ElementId = "5", Argument = "say \"hi\", it's [a] (b) \\ done", PressEnter = false },
        new(BrowserActionKind.Type) { ElementId = "5", Argument = "line one\nline two", PressEnter = false },
        new(BrowserActionKind.Type) { ElementId = "5", Argument = "", PressEnter = true },
        new(BrowserActionKind.SelectOption) { ElementId = "9", Argument = "Price: low to high" },
        new(BrowserActionKind.Press) { Argument = "Enter" },
        new(BrowserActionKind.Press) { Argument = "Control+a" },
        new(BrowserActionKind.Scroll) { Argument = "down" },
        new(BrowserActionKind.Scroll) { Argument = "up" },
        new(BrowserActionKind.Goto) { Argument = "http://127.0.0.1:8080/a?b=1&c=[2]" },
        new(BrowserActionKind.GoBack),
        new(BrowserActionKind.GoForward),
        new(BrowserActionKind.NewTab),
        new(BrowserActionKind.TabFocus) { TabIndex = 2 },
        new(BrowserActionKind.CloseTab),
        new(BrowserActionKind.Stop) { Argument = "The answer is 42 (approx.)" },
        new(BrowserActionKind.Stop) { Argument = "" },
        new(BrowserActionKind.Stop) { Argument = "N/A" },
    ];

    private static IEnumerable<TestCaseData> RoundTrips()
    {
        foreach (var grammar in Enum.GetValues<ActionGrammar>())
        {
            for (var i = 0; i < Actions.Length; i++)
            {
                yield return new TestCaseData(grammar, Actions[i]).SetName($"RoundTrip_{grammar}_{i}_{Actions[i].Kind}");
            }
        }
    }

    [TestCaseSource(nameof(RoundTrips))]
    public void Formatted_action_parses_back_to_the_same_action(ActionGrammar grammar, BrowserAction action)
    {
        var text = ActionFormatter.Format(action, grammar);
        var parsed = ActionParser.Parse(text, grammar);
        Assert.That(parsed.Error, Is.Null, text);
        Assert.That(parsed.Action! with { Raw = null }, Is.EqualTo(action), text);
    }

    [TestCase(ActionGrammar.WebArena, "type [5] [hello world] [1]")]
    [TestCase(ActionGrammar.WebRL, "do(action=\"Search\", argument=\"hello world\", element=\"5\")")]
    [TestCase(ActionGrammar.BrowserGym, "type(bid=5, value=\"hello world\", press_enter=True)")]
    public void Formats_type_in_each_grammar(ActionGrammar grammar, string expected)
        => Assert.That(ActionFormatter.Format(Actions[4], grammar), Is.EqualTo(expected));

    [TestCase(ActionGrammar.WebArena, "stop [The answer is 42 (approx.)]")]
    [TestCase(ActionGrammar.WebRL, "exit(message=\"The answer is 42 (approx.)\")")]
    [TestCase(ActionGrammar.BrowserGym, "stop(answer=\"The answer is 42 (approx.)\")")]
    public void Formats_stop_in_each_grammar(ActionGrammar grammar, string expected)
        => Assert.That(ActionFormatter.Format(Actions[19], grammar), Is.EqualTo(expected));

    [Test]
    public void Quotes_non_numeric_ids_and_escapes_strings_in_call_grammars()
    {
        Assert.That(ActionFormatter.Format(Actions[1], ActionGrammar.BrowserGym), Is.EqualTo("click(bid=\"e7\")"));
        Assert.That(ActionFormatter.Format(Actions[5], ActionGrammar.WebRL),
            Is.EqualTo("do(action=\"Type\", argument=\"say \\\"hi\\\", it's [a] (b) \\\\ done\", element=\"5\")"));
    }

    [Test]
    public void None_action_has_no_text_form()
    {
        foreach (var grammar in Enum.GetValues<ActionGrammar>())
        {
            Assert.Throws<ArgumentException>(() => ActionFormatter.Format(new BrowserAction(BrowserActionKind.None), grammar));
        }
    }
}
