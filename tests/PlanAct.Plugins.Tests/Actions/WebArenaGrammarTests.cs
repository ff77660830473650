using NUnit.Framework;
using PlanAct.Plugins.Actions;

namespace PlanAct.Plugins.Tests.Actions;

public sealed class WebArenaGrammarTests
{
    private const ActionGrammar G = ActionGrammar.WebArena;

    [TestCase("click [12]", BrowserActionKind.Click, "12", null)]
    [TestCase("click[12]", BrowserActionKind.Click, "12", null)]
    [TestCase("Click [ 12 ]", BrowserActionKind.Click, "12", null)]
    [TestCase("click [e12]", BrowserActionKind.Click, "e12", null)]
    [TestCase("click [f1e2]", BrowserActionKind.Click, "f1e2", null)]
    [TestCase("click 12", BrowserActionKind.Click, "12", null)]
    [TestCase("hover [7]", BrowserActionKind.Hover, "7", null)]
    [TestCase("press [Ctrl+v]", BrowserActionKind.Press, null, "Ctrl+v")]
    [TestCase("press [Enter]", BrowserActionKind.Press, null, "Enter")]
    [TestCase("scroll [down]", BrowserActionKind.Scroll, null, "down")]
    [TestCase("scroll [up]", BrowserActionKind.Scroll, null, "up")]
    [TestCase("scroll down", BrowserActionKind.Scroll, null, "down")]
    [TestCase("scroll [direction=down]", BrowserActionKind.Scroll, null, "down")]
    [TestCase("Scroll [UP]", BrowserActionKind.Scroll, null, "up")]
    [TestCase("select_option [7] [Price: low to high]", BrowserActionKind.SelectOption, "7", "Price: low to high")]
    [TestCase("goto [http://127.0.0.1:8080/a?b=1]", BrowserActionKind.Goto, null, "http://127.0.0.1:8080/a?b=1")]
    [TestCase("go_back", BrowserActionKind.GoBack, null, null)]
    [TestCase("go_forward", BrowserActionKind.GoForward, null, null)]
    [TestCase("new_tab", BrowserActionKind.NewTab, null, null)]
    [TestCase("close_tab", BrowserActionKind.CloseTab, null, null)]
    [TestCase("stop [42 USD]", BrowserActionKind.Stop, null, "42 USD")]
    [TestCase("stop [N/A]", BrowserActionKind.Stop, null, "N/A")]
    [TestCase("stop", BrowserActionKind.Stop, null, "")]
    [TestCase("stop []", BrowserActionKind.Stop, null, "")]
    [TestCase("stop [the list is [a, b]]", BrowserActionKind.Stop, null, "the list is [a, b]")]
    public void Parses_each_action(string text, BrowserActionKind kind, string? id, string? argument)
        => ParsedAction.AssertParses(text, G, kind, id, argument);

    [TestCase("type [12] [hello world] [1]", "12", "hello world", true)]
    [TestCase("type [12] [hello world] [0]", "12", "hello world", false)]
    [TestCase("type [12] [hello world]", "12", "hello world", true)]
    [TestCase("type[12][x][0]", "12", "x", false)]
    [TestCase("type [12] [a [b] c] [0]", "12", "a [b] c", false)]
    [TestCase("type [12] [array[0]]", "12", "array[0]", true)]
    [TestCase("type [12] [] [0]", "12", "", false)]
    [TestCase("type [5] [line one\nline two] [0]", "5", "line one\nline two", false)]
    public void Parses_type_with_brackets_and_default_enter(string text, string id, string typed, bool enter)
        => ParsedAction.AssertParses(text, G, BrowserActionKind.Type, id, typed, enter);

    [TestCase("Let's think step-by-step. The search box is [5].\nIn summary, the next action I will perform is ```type [5] [laptop] [0]```", BrowserActionKind.Type, "5", "laptop")]
    [TestCase("I saw ```click [3]``` earlier. In summary, the next action I will perform is ```click [9]```", BrowserActionKind.Click, "9", null)]
    [TestCase("In summary, the next action I will perform is ```click [9]```\nThen later ```click [4]```", BrowserActionKind.Click, "9", null)]
    [TestCase("Reasoning...\n```\nclick [9]\n```\nmore words ```hover [4]```", BrowserActionKind.Hover, "4", null)]
    [TestCase("```text\nclick [9]\n```", BrowserActionKind.Click, "9", null)]
    [TestCase("In summary, the next action I will perform is `click [31]`.", BrowserActionKind.Click, "31", null)]
    [TestCase("The button [31] submits.\nclick [31]", BrowserActionKind.Click, "31", null)]
    [TestCase("click [31]\nbecause it submits the form.", BrowserActionKind.Click, "31", null)]
    [TestCase("I will type now.\ntype [4] [red shoes] [0]\nThis fills the box.", BrowserActionKind.Type, "4", "red shoes")]
    [TestCase("Typing.\ntype [4] [first\nsecond] [0]", BrowserActionKind.Type, "4", "first\nsecond")]
    [TestCase("<think>maybe click [2]? no, [3]</think>\nIn summary, the next action I will perform is ```click [3]```", BrowserActionKind.Click, "3", null)]
    [TestCase("maybe ```click [2]```</think>```click [3]```", BrowserActionKind.Click, "3", null)]
    [TestCase("<think>the answer is visible</think>\n```stop [Blue jeans]```", BrowserActionKind.Stop, null, "Blue jeans")]
    [TestCase("IN SUMMARY, THE NEXT ACTION I WILL PERFORM IS ```scroll [down]```", BrowserActionKind.Scroll, null, "down")]
    public void Extracts_action_from_reasoning(string text, BrowserActionKind kind, string? id, string? argument)
        => ParsedAction.AssertParses(text, G, kind, id, argument);

    [TestCase("clik 12", "clik 12", "no action found")]
    [TestCase("```clik [12]```", "clik [12]", "unknown action \"clik\"")]
    [TestCase("```click the search button```", "click the search button", "click needs an element id in brackets, e.g. click [12]")]
    [TestCase("```type [12]```", "type [12]", "type needs [id] [text] [0|1]")]
    [TestCase("```type [12] hello```", "type [12] hello", "type needs [id] [text] [0|1]")]
    [TestCase("```scroll [left]```", "scroll [left]", "scroll needs a direction")]
    [TestCase("```tab_focus [x]```", "tab_focus [x]", "tab_focus needs a tab index")]
    [TestCase("```goto```", "goto", "goto needs a URL")]
    [TestCase("```press```", "press", "press needs a key combination")]
    [TestCase("```select_option [3]```", "select_option [3]", "select_option needs [id] [option]")]
    [TestCase("I am not sure what to do.", "I am not sure what to do.", "no action found")]
    [TestCase("   ", "", "the reply is empty")]
    public void Reports_malformed_actions_with_the_grammar(string text, string quoted, string reason)
    {
        var error = ParsedAction.AssertFails(text, G, $"could not parse \"{quoted}\"", reason, "type [id] [text] [0|1]");
        Assert.That(error, Does.Contain("click [id]"));
    }

    [Test]
    public void Click_with_word_id_is_accepted_as_given()
    {
        // Ids are not validated against the page here; the browser session reports unknown ids.
        ParsedAction.AssertParses("click [here]", G, BrowserActionKind.Click, "here");
    }

    [Test]
    public void Tab_focus_reads_the_index()
    {
        var action = ParsedAction.AssertParses("tab_focus [2]", G, BrowserActionKind.TabFocus);
        Assert.That(action.TabIndex, Is.EqualTo(2));
    }

    [Test]
    public void Long_reply_is_shortened_in_the_error()
    {
        var error = ParsedAction.AssertFails(new string('x', 500), G);
        Assert.That(error, Does.Contain("…"));
        Assert.That(error.Length, Is.LessThan(500 + ActionParser.Syntax(G).Length));
    }
}
