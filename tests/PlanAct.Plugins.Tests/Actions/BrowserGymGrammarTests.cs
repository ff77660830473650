using NUnit.Framework;
using PlanAct.Plugins.Actions;

namespace PlanAct.Plugins.Tests.Actions;

public sealed class BrowserGymGrammarTests
{
    private const ActionGrammar G = ActionGrammar.BrowserGym;

    [TestCase("click(bid=12)", BrowserActionKind.Click, "12", null, false)]
    [TestCase("click(\"12\")", BrowserActionKind.Click, "12", null, false)]
    [TestCase("click('a51')", BrowserActionKind.Click, "a51", null, false)]
    [TestCase("click(bid=e12)", BrowserActionKind.Click, "e12", null, false)]
    [TestCase("hover(bid=4)", BrowserActionKind.Hover, "4", null, false)]
    [TestCase("type(bid=12, value=\"hello\", press_enter=True)", BrowserActionKind.Type, "12", "hello", true)]
    [TestCase("type(bid=12, value=\"hello\", press_enter=False)", BrowserActionKind.Type, "12", "hello", false)]
    [TestCase("type(bid=12, value=\"hello\")", BrowserActionKind.Type, "12", "hello", true)]
    [TestCase("type(press_enter=True, value='x', bid='9')", BrowserActionKind.Type, "9", "x", true)]
    [TestCase("type(bid=95, value=Hong Kong, press_enter=True)", BrowserActionKind.Type, "95", "Hong Kong", true)]
    [TestCase("type(bid=95, value=Paris, France, press_enter=False)", BrowserActionKind.Type, "95", "Paris, France", false)]
    [TestCase("type(bid=95, value=12 Main St (rear), press_enter=true)", BrowserActionKind.Type, "95", "12 Main St (rear)", true)]
    [TestCase("fill('12', 'text')", BrowserActionKind.Type, "12", "text", false)]
    [TestCase("fill(bid='12', value='text', press_enter=True)", BrowserActionKind.Type, "12", "text", true)]
    [TestCase("select_option(bid=12, options=\"Blue\")", BrowserActionKind.SelectOption, "12", "Blue", false)]
    [TestCase("select_option('7', 'Month')", BrowserActionKind.SelectOption, "7", "Month", false)]
    [TestCase("select_option(bid=7, options=Last 30 days)", BrowserActionKind.SelectOption, "7", "Last 30 days", false)]
    [TestCase("press(key_comb=\"Enter\")", BrowserActionKind.Press, null, "Enter", false)]
    [TestCase("press(\"Control+a\")", BrowserActionKind.Press, null, "Control+a", false)]
    [TestCase("keyboard_press(\"Tab\")", BrowserActionKind.Press, null, "Tab", false)]
    [TestCase("keyboard_press(key=\"Escape\")", BrowserActionKind.Press, null, "Escape", false)]
    [TestCase("go_back()", BrowserActionKind.GoBack, null, null, false)]
    [TestCase("go_forward()", BrowserActionKind.GoForward, null, null, false)]
    [TestCase("scroll_down()", BrowserActionKind.Scroll, null, "down", false)]
    [TestCase("scroll_up()", BrowserActionKind.Scroll, null, "up", false)]
    [TestCase("scroll(0, 200)", BrowserActionKind.Scroll, null, "down", false)]
    [TestCase("scroll(0, -300.5)", BrowserActionKind.Scroll, null, "up", false)]
    [TestCase("scroll(direction=\"up\")", BrowserActionKind.Scroll, null, "up", false)]
    [TestCase("goto(url=\"http://127.0.0.1:9/x?a=1&b=2\")", BrowserActionKind.Goto, null, "http://127.0.0.1:9/x?a=1&b=2", false)]
    [TestCase("goto('http://127.0.0.1:9/')", BrowserActionKind.Goto, null, "http://127.0.0.1:9/", false)]
    [TestCase("new_tab()", BrowserActionKind.NewTab, null, null, false)]
    [TestCase("tab_close()", BrowserActionKind.CloseTab, null, null, false)]
    [TestCase("close_tab()", BrowserActionKind.CloseTab, null, null, false)]
    [TestCase("stop(answer=\"42\")", BrowserActionKind.Stop, null, "42", false)]
    [TestCase("send_msg_to_user(\"It costs $5, I think.\")", BrowserActionKind.Stop, null, "It costs $5, I think.", false)]
    [TestCase("finish(\"done\")", BrowserActionKind.Stop, null, "done", false)]
    [TestCase("stop()", BrowserActionKind.Stop, null, "", false)]
    public void Parses_each_action(string text, BrowserActionKind kind, string? id, string? argument, bool enter)
        => ParsedAction.AssertParses(text, G, kind, id, argument, enter);

    [Test]
    public void Press_with_an_element_keeps_both()
    {
        var action = ParsedAction.AssertParses("press('12', 'Enter')", G, BrowserActionKind.Press, "12", "Enter");
        Assert.That(action.Kind, Is.EqualTo(BrowserActionKind.Press));
    }

    [Test]
    public void Tab_focus_reads_the_index()
    {
        Assert.That(ActionParser.Parse("tab_focus(index=1)", G).Action?.TabIndex, Is.EqualTo(1));
        Assert.That(ActionParser.Parse("tab_focus(2)", G).Action?.TabIndex, Is.EqualTo(2));
    }

    [TestCase("# the search box is 5\nI will type the query.\n```\ntype(bid=5, value=\"shoes\", press_enter=True)\n```", BrowserActionKind.Type, "5", "shoes", true)]
    [TestCase("<think>click(bid=1) would be wrong</think>\nclick(bid=2)", BrowserActionKind.Click, "2", null, false)]
    [TestCase("Maybe click(bid=1). Better: click(bid=2). That's it.", BrowserActionKind.Click, "2", null, false)]
    [TestCase("# click(bid=9) is a comment\nclick(bid=2)", BrowserActionKind.Click, "2", null, false)]
    [TestCase("CLICK(bid=3)", BrowserActionKind.Click, "3", null, false)]
    [TestCase("type(bid=1, value=\"type(bid=2, value=x)\", press_enter=False)", BrowserActionKind.Type, "1", "type(bid=2, value=x)", false)]
    [TestCase("page.click(bid=3)", BrowserActionKind.Click, "3", null, false)]
    public void Extracts_the_last_call_from_reasoning(string text, BrowserActionKind kind, string? id, string? argument, bool enter)
        => ParsedAction.AssertParses(text, G, kind, id, argument, enter);

    [TestCase("clik 12", "no action call found")]
    [TestCase("click()", "click needs bid")]
    [TestCase("type(bid=3)", "type needs bid and value")]
    [TestCase("type(bid=3, value=x, press_enter=maybe)", "press_enter must be True or False")]
    [TestCase("select_option(bid=3)", "select_option needs bid and options")]
    [TestCase("press()", "press needs key_comb")]
    [TestCase("scroll(0, 0)", "scroll needs a vertical amount")]
    [TestCase("scroll(direction=\"left\")", "scroll direction must be up or down")]
    [TestCase("goto()", "goto needs url")]
    [TestCase("tab_focus(index=\"first\")", "tab_focus needs a tab index")]
    [TestCase("click(bid=3", "missing \")\"")]
    [TestCase("type(bid=3, value=\"abc, press_enter=True)", "unterminated string")]
    public void Reports_malformed_calls_with_the_grammar(string text, string reason)
        => ParsedAction.AssertFails(text, G, reason, "click(bid=id)", "type(bid=id, value=\"text\", press_enter=True|False)");
}
