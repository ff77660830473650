using NUnit.Framework;
using PlanAct.Plugins.Actions;

namespace PlanAct.Plugins.Tests.Actions;

public sealed class WebRLGrammarTests
{
    private const ActionGrammar G = ActionGrammar.WebRL;

    [TestCase("do(action=\"Click\", element=\"12\")", BrowserActionKind.Click, "12", null, false)]
    [TestCase("do(element=\"12\", action=\"Click\")", BrowserActionKind.Click, "12", null, false)]
    [TestCase("do(action='Click', element='12')", BrowserActionKind.Click, "12", null, false)]
    [TestCase("do(action=\"click\", element=7)", BrowserActionKind.Click, "7", null, false)]
    [TestCase("do(action=\"CLICK\", element=\"[7]\")", BrowserActionKind.Click, "7", null, false)]
    [TestCase("do( action = \"Hover\" , element = \"3\" )", BrowserActionKind.Hover, "3", null, false)]
    [TestCase("do(action=\"Type\", argument=\"hello world\", element=\"12\")", BrowserActionKind.Type, "12", "hello world", false)]
    [TestCase("do(action=\"Search\", argument=\"hello world\", element=\"12\")", BrowserActionKind.Type, "12", "hello world", true)]
    [TestCase("do(action=\"Select Dropdown Option\", argument=\"Price\", element=\"4\")", BrowserActionKind.SelectOption, "4", "Price", false)]
    [TestCase("do(action=\"select dropdown option\", argument=\"Price\", element=4)", BrowserActionKind.SelectOption, "4", "Price", false)]
    [TestCase("do(action=\"Scroll Down\")", BrowserActionKind.Scroll, null, "down", false)]
    [TestCase("do(action=\"Scroll Up\")", BrowserActionKind.Scroll, null, "up", false)]
    [TestCase("do(action=\"Press Enter\")", BrowserActionKind.Press, null, "Enter", false)]
    [TestCase("do(action=\"Go Backward\")", BrowserActionKind.GoBack, null, null, false)]
    [TestCase("do(action=\"Go Forward\")", BrowserActionKind.GoForward, null, null, false)]
    [TestCase("go_backward()", BrowserActionKind.GoBack, null, null, false)]
    [TestCase("go_forward()", BrowserActionKind.GoForward, null, null, false)]
    [TestCase("exit(message=\"The answer is 42\")", BrowserActionKind.Stop, null, "The answer is 42", false)]
    [TestCase("exit(\"42\")", BrowserActionKind.Stop, null, "42", false)]
    [TestCase("exit(message=\"\")", BrowserActionKind.Stop, null, "", false)]
    [TestCase("do(action=\"Switch Tab\", argument=\"1\")", BrowserActionKind.TabFocus, null, null, false)]
    public void Parses_each_action(string text, BrowserActionKind kind, string? id, string? argument, bool enter)
        => ParsedAction.AssertParses(text, G, kind, id, argument, enter);

    [TestCase("do(action=\"Type\", argument=\"say \\\"hi\\\"\", element=\"1\")", "say \"hi\"")]
    [TestCase("do(action=\"Type\", argument='it\\'s', element=\"1\")", "it's")]
    [TestCase("do(action=\"Type\", argument=\"it's\", element=\"1\")", "it's")]
    [TestCase("do(action=\"Type\", argument='say \"hi\"', element=\"1\")", "say \"hi\"")]
    [TestCase("do(action=\"Type\", argument=\"a, b (c) [d]\", element=\"1\")", "a, b (c) [d]")]
    [TestCase("do(action=\"Type\", argument=\"line1\\nline2\", element=\"1\")", "line1\nline2")]
    [TestCase("do(action=\"Type\", argument=\"C:\\\\path\", element=\"1\")", "C:\\path")]
    [TestCase("do(action=\"Type\", argument=\"caf\\u00e9\", element=\"1\")", "café")]
    [TestCase("do(action=\"Type\", argument=\"do(action='Click')\", element=\"1\")", "do(action='Click')")]
    [TestCase("do(action=\"Type\", argument=\"\"\"triple \"quoted\" text\"\"\", element=\"1\")", "triple \"quoted\" text")]
    [TestCase("do(action=\"Type\", argument=\"say \"hi\" now\", element=\"1\")", "say \"hi\" now")]
    public void Reads_string_literals_with_escapes(string text, string typed)
        => ParsedAction.AssertParses(text, G, BrowserActionKind.Type, "1", typed);

    [TestCase("# Element: the search box\ndo(action=\"Search\", argument=\"shoes\", element=\"5\")", BrowserActionKind.Type, "5", "shoes", true)]
    [TestCase("# Note: price is $10 so exit(message=\"wrong\") is premature\ndo(action=\"Click\", element=\"5\")", BrowserActionKind.Click, "5", null, false)]
    [TestCase("The button is 5.\n```python\ndo(action=\"Click\", element=\"5\")\n```\nThis opens the page.", BrowserActionKind.Click, "5", null, false)]
    [TestCase("First do(action=\"Click\", element=\"1\") then do(action=\"Click\", element=\"2\")", BrowserActionKind.Click, "2", null, false)]
    [TestCase("<think>do(action=\"Click\", element=\"1\")?</think>\n<answer> do(action=\"Click\", element=\"2\") </answer>", BrowserActionKind.Click, "2", null, false)]
    [TestCase("I think...\n</think>\n\n[Start of Action]\ndo(action=\"Hover\", element=\"8\")\n[End of Action]", BrowserActionKind.Hover, "8", null, false)]
    [TestCase("reasoning do(action=\"Click\", element=\"1\")\n[Start of Action]\nexit(message=\"done\")\n[End of Action]", BrowserActionKind.Stop, null, "done", false)]
    [TestCase("<think>the total is 12, so exit(message=\"12\")</think>", BrowserActionKind.Stop, null, "12", false)]
    [TestCase("do(action=\"Click\", element=\"3\")\nexit(message=\"done\")", BrowserActionKind.Stop, null, "done", false)]
    [TestCase("Do(Action=\"Click\", Element=\"3\")", BrowserActionKind.Click, "3", null, false)]
    [TestCase("do(action=Click, element=3)", BrowserActionKind.Click, "3", null, false)]
    [TestCase("do(action=\"Type\", argument=Hong Kong, element=\"3\")", BrowserActionKind.Type, "3", "Hong Kong", false)]
    public void Extracts_the_last_call_from_reasoning(string text, BrowserActionKind kind, string? id, string? argument, bool enter)
        => ParsedAction.AssertParses(text, G, kind, id, argument, enter);

    [TestCase("clik 12", "no do(...) or exit(...) call found")]
    [TestCase("do(action=\"Click\")", "needs element=\"<id>\"")]
    [TestCase("do(action=\"Type\", element=\"3\")", "needs argument=\"...\"")]
    [TestCase("do(action=\"Search\")", "needs argument=\"...\" and element=\"<id>\"")]
    [TestCase("do(element=\"3\")", "needs action=")]
    [TestCase("do(action=\"Fly\", element=\"3\")", "unknown action \"Fly\"")]
    [TestCase("do(action=\"Right Click\", element=\"3\")", "action \"Right Click\" is not supported")]
    [TestCase("do(action=\"Wait\")", "is not supported")]
    [TestCase("do(action=\"Click\", element=\"3\"", "missing \")\"")]
    [TestCase("do(action=\"Type\", argument=\"unterminated, element=\"3\")", "unterminated string")]
    [TestCase("do(action=\"Click\" element=\"3\")", "unexpected text after the string \"Click\"; separate arguments with \",\"")]
    [TestCase("do(action=, element=\"3\")", "missing value")]
    [TestCase("do(action=\"Switch Tab\", argument=\"x\")", "needs argument=\"<tab index>\"")]
    public void Reports_malformed_calls_with_the_grammar(string text, string reason)
        => ParsedAction.AssertFails(text, G, reason, "do(action=\"Click\", element=\"id\")", "exit(message=\"answer\")");

    [Test]
    public void Error_quotes_the_call_it_rejected()
    {
        var error = ParsedAction.AssertFails("I will now do this:\ndo(action=\"Fly\", element=\"3\")", G);
        Assert.That(error, Does.StartWith("could not parse \"do(action=\"Fly\", element=\"3\")\": unknown action"));
    }
}
