using System.Globalization;

namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>
/// The WebRL grammar (<c>do(action="Click", element="12")</c>, <c>exit(message="…")</c>), parsed like VAB's
/// <c>create_webrl_id_based_action</c> (last call wins, case-insensitive action names, element as string or int) with
/// lenient additions: surrounding prose, fences, <c>#</c> comment lines, wrappers, top-level <c>go_backward()</c>/<c>go_forward()</c>,
/// positional <c>exit("…")</c>, and the actions the prompt lists but VAB rejects (<c>Switch Tab</c>) or that the
/// WebArena action set adds (<c>Press</c> with a key, <c>Goto</c>, <c>New Tab</c>, <c>Close Tab</c>) so every action round-trips. Pure.
/// </summary>
internal static class WebRLGrammar
{
    private static readonly HashSet<string> FunctionNames = new(StringComparer.OrdinalIgnoreCase) { "do", "exit", "go_backward", "go_forward" };

    private static readonly string[] KeywordNames = ["action", "argument", "element", "message"];

    /// <summary>Parses a model reply.</summary>
    public static ActionParseResult Parse(string reply)
        => CallLocator.ParseLast(reply, ActionGrammar.WebRL, FunctionNames, KeywordNames, FromCall, "no do(...) or exit(...) call found", CandidateText);

    /// <summary>Writes <paramref name="action"/> in the WebRL grammar.</summary>
    public static string Format(BrowserAction action) => action.Kind switch
    {
        BrowserActionKind.Click => $"do(action=\"Click\", element={PythonLiteral.Quote(action.ElementId)})",
        BrowserActionKind.Hover => $"do(action=\"Hover\", element={PythonLiteral.Quote(action.ElementId)})",
        BrowserActionKind.Type => $"do(action=\"{(action.PressEnter ? "Search" : "Type")}\", argument={PythonLiteral.Quote(action.Argument)}, element={PythonLiteral.Quote(action.ElementId)})",
        BrowserActionKind.SelectOption => $"do(action=\"Select Dropdown Option\", argument={PythonLiteral.Quote(action.Argument)}, element={PythonLiteral.Quote(action.ElementId)})",
        BrowserActionKind.Scroll => WebArenaGrammar.ScrollDirection(action) == "up" ? "do(action=\"Scroll Up\")" : "do(action=\"Scroll Down\")",
        BrowserActionKind.Press when string.Equals(action.Argument, "Enter", StringComparison.OrdinalIgnoreCase) => "do(action=\"Press Enter\")",
        BrowserActionKind.Press => $"do(action=\"Press\", argument={PythonLiteral.Quote(action.Argument)})",
        BrowserActionKind.GoBack => "do(action=\"Go Backward\")",
        BrowserActionKind.GoForward => "do(action=\"Go Forward\")",
        BrowserActionKind.Goto => $"do(action=\"Goto\", argument={PythonLiteral.Quote(action.Argument)})",
        BrowserActionKind.NewTab => "do(action=\"New Tab\")",
        BrowserActionKind.TabFocus => $"do(action=\"Switch Tab\", argument=\"{(action.TabIndex ?? 0).ToString(CultureInfo.InvariantCulture)}\")",
        BrowserActionKind.CloseTab => "do(action=\"Close Tab\")",
        BrowserActionKind.Stop => $"exit(message={PythonLiteral.Quote(action.Argument)})",
        _ => throw new ArgumentException($"a {action.Kind} action has no text form", nameof(action)),
    };

    private static string CandidateText(string region)
    {
        var lines = region.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.LastOrDefault(l => l.Contains("do(", StringComparison.OrdinalIgnoreCase) || l.Contains("exit(", StringComparison.OrdinalIgnoreCase))
            ?? region;
    }

    private static (BrowserAction? Action, string? Reason) FromCall(PythonCall call)
    {
        switch (call.Name.ToLowerInvariant())
        {
            case "exit":
                {
                    var message = call.Argument(0, "message", "answer");
                    return (new BrowserAction(BrowserActionKind.Stop) { Argument = TextOf(message) }, null);
                }

            case "go_backward":
                return (new BrowserAction(BrowserActionKind.GoBack), null);
            case "go_forward":
                return (new BrowserAction(BrowserActionKind.GoForward), null);
            default:
                return FromDo(call);
        }
    }

    private static (BrowserAction? Action, string? Reason) FromDo(PythonCall call)
    {
        var actionValue = call.Argument(0, "action");
        if (actionValue is null || actionValue.Text.Trim().Length == 0)
        {
            return (null, "do(...) needs action=\"...\", e.g. do(action=\"Click\", element=\"12\")");
        }

        var actionName = actionValue.Text.Trim();
        var argument = call.Argument(-1, "argument", "text", "value");
        var element = ElementOf(call.Argument(-1, "element", "element_id", "id"));
        switch (Normalize(actionName))
        {
            case "click":
                return NeedsElement(actionName, element, id => new BrowserAction(BrowserActionKind.Click) { ElementId = id });
            case "hover":
                return NeedsElement(actionName, element, id => new BrowserAction(BrowserActionKind.Hover) { ElementId = id });
            case "type" or "search":
                return NeedsElementAndArgument(actionName, element, argument, (id, text) => new BrowserAction(BrowserActionKind.Type)
                {
                    ElementId = id,
                    Argument = text,
                    PressEnter = Normalize(actionName) == "search",
                });
            case "selectdropdownoption" or "selectoption" or "select":
                return NeedsElementAndArgument(actionName, element, argument, (id, text) => new BrowserAction(BrowserActionKind.SelectOption) { ElementId = id, Argument = text });
            case "scrolldown":
                return (new BrowserAction(BrowserActionKind.Scroll) { Argument = "down" }, null);
            case "scrollup":
                return (new BrowserAction(BrowserActionKind.Scroll) { Argument = "up" }, null);
            case "scroll":
                return string.Equals(TextOf(argument).Trim(), "up", StringComparison.OrdinalIgnoreCase)
                    ? (new BrowserAction(BrowserActionKind.Scroll) { Argument = "up" }, null)
                    : (new BrowserAction(BrowserActionKind.Scroll) { Argument = "down" }, null);
            case "pressenter" or "enter":
                return (new BrowserAction(BrowserActionKind.Press) { Argument = "Enter" }, null);
            case "press" or "presskey":
                return argument is null || TextOf(argument).Trim().Length == 0
                    ? (null, "do(action=\"Press\") needs argument=\"<key>\"; to press Enter write do(action=\"Press Enter\")")
                    : (new BrowserAction(BrowserActionKind.Press) { Argument = TextOf(argument).Trim() }, null);
            case "gobackward" or "goback" or "back":
                return (new BrowserAction(BrowserActionKind.GoBack), null);
            case "goforward" or "forward":
                return (new BrowserAction(BrowserActionKind.GoForward), null);
            case "goto" or "navigate" or "open":
                return argument is null || TextOf(argument).Trim().Length == 0
                    ? (null, "do(action=\"Goto\") needs argument=\"<url>\"")
                    : (new BrowserAction(BrowserActionKind.Goto) { Argument = TextOf(argument).Trim() }, null);
            case "newtab":
                return (new BrowserAction(BrowserActionKind.NewTab), null);
            case "closetab":
                return (new BrowserAction(BrowserActionKind.CloseTab), null);
            case "switchtab":
                return argument is not null && argument.TryGetInt(out var index) && index >= 0
                    ? (new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = index }, null)
                    : (null, "do(action=\"Switch Tab\") needs argument=\"<tab index>\", e.g. argument=\"0\"");
            case "rightclick" or "wait":
                return (null, $"action \"{actionName}\" is not supported");
            default:
                return (null, $"unknown action \"{actionName}\"");
        }
    }

    private static (BrowserAction?, string?) NeedsElement(string actionName, string? element, Func<string, BrowserAction> make)
        => element is null
            ? (null, $"do(action=\"{actionName}\") needs element=\"<id>\", e.g. do(action=\"{actionName}\", element=\"12\")")
            : (make(element), null);

    private static (BrowserAction?, string?) NeedsElementAndArgument(string actionName, string? element, PythonValue? argument, Func<string, string, BrowserAction> make)
    {
        if (element is null || argument is null)
        {
            var missing = element is null && argument is null ? "argument=\"...\" and element=\"<id>\"" : element is null ? "element=\"<id>\"" : "argument=\"...\"";
            return (null, $"do(action=\"{actionName}\") needs {missing}, e.g. do(action=\"{actionName}\", argument=\"text\", element=\"12\")");
        }

        return (make(element, TextOf(argument)), null);
    }

    private static string? ElementOf(PythonValue? value)
    {
        if (value is null || value.Kind == PythonValueKind.None)
        {
            return null;
        }

        var id = value.Text.Trim().Trim('[', ']').Trim();
        return id.Length == 0 ? null : id;
    }

    private static string TextOf(PythonValue? value) => value is null || value.Kind == PythonValueKind.None ? string.Empty : value.Text;

    private static string Normalize(string actionName)
        => string.Concat(actionName.Where(char.IsLetter)).ToLowerInvariant();
}
