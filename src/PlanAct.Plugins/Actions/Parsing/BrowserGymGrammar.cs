namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>
/// BrowserGym-style calls: the keyword form PA-CLAUDE's executor is prompted with (<c>click(bid=12)</c>,
/// <c>type(bid=12, value=Hong Kong, press_enter=True)</c>, values often unquoted) and BrowserGym's own positional form
/// (<c>click('a51')</c>, <c>fill('12', 'text')</c>, <c>scroll(0, 200)</c>, <c>send_msg_to_user('…')</c>). The last call in the
/// reply wins. <c>type</c> presses Enter unless <c>press_enter=False</c> (PA-CLAUDE always pressed it); <c>fill</c> does
/// not unless <c>press_enter=True</c> (BrowserGym semantics). Pure.
/// </summary>
internal static class BrowserGymGrammar
{
    private static readonly HashSet<string> FunctionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "click", "type", "fill", "hover", "select_option", "press", "keyboard_press", "go_back", "go_forward",
        "scroll_down", "scroll_up", "scroll", "goto", "new_tab", "tab_focus", "tab_close", "close_tab",
        "stop", "send_msg_to_user", "finish",
    };

    private static readonly string[] KeywordNames =
    [
        "bid", "element", "value", "text", "press_enter", "options", "option", "key_comb", "key", "url", "index",
        "answer", "message", "direction", "delta_x", "delta_y", "dx", "dy",
    ];

    /// <summary>Parses a model reply.</summary>
    public static ActionParseResult Parse(string reply)
        => CallLocator.ParseLast(reply, ActionGrammar.BrowserGym, FunctionNames, KeywordNames, FromCall, "no action call found");

    /// <summary>Writes <paramref name="action"/> in the BrowserGym keyword form.</summary>
    public static string Format(BrowserAction action) => action.Kind switch
    {
        BrowserActionKind.Click => $"click(bid={PythonLiteral.Id(action.ElementId)})",
        BrowserActionKind.Type => $"type(bid={PythonLiteral.Id(action.ElementId)}, value={PythonLiteral.Quote(action.Argument)}, press_enter={PythonLiteral.Bool(action.PressEnter)})",
        BrowserActionKind.Hover => $"hover(bid={PythonLiteral.Id(action.ElementId)})",
        BrowserActionKind.SelectOption => $"select_option(bid={PythonLiteral.Id(action.ElementId)}, options={PythonLiteral.Quote(action.Argument)})",
        BrowserActionKind.Press when action.ElementId is not null => $"press(bid={PythonLiteral.Id(action.ElementId)}, key_comb={PythonLiteral.Quote(action.Argument)})",
        BrowserActionKind.Press => $"press(key_comb={PythonLiteral.Quote(action.Argument)})",
        BrowserActionKind.Scroll => WebArenaGrammar.ScrollDirection(action) == "up" ? "scroll_up()" : "scroll_down()",
        BrowserActionKind.Goto => $"goto(url={PythonLiteral.Quote(action.Argument)})",
        BrowserActionKind.GoBack => "go_back()",
        BrowserActionKind.GoForward => "go_forward()",
        BrowserActionKind.NewTab => "new_tab()",
        BrowserActionKind.TabFocus => $"tab_focus(index={(action.TabIndex ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)})",
        BrowserActionKind.CloseTab => "tab_close()",
        BrowserActionKind.Stop => $"stop(answer={PythonLiteral.Quote(action.Argument)})",
        _ => throw new ArgumentException($"a {action.Kind} action has no text form", nameof(action)),
    };

    private static (BrowserAction? Action, string? Reason) FromCall(PythonCall call)
    {
        var name = call.Name.ToLowerInvariant();
        switch (name)
        {
            case "click" or "hover":
                {
                    var bid = Id(call.Argument(0, "bid", "element"));
                    return bid is null
                        ? (null, $"{name} needs bid, e.g. {name}(bid=12)")
                        : (new BrowserAction(name == "click" ? BrowserActionKind.Click : BrowserActionKind.Hover) { ElementId = bid }, null);
                }

            case "type" or "fill":
                {
                    var bid = Id(call.Argument(0, "bid", "element"));
                    var value = call.Argument(1, "value", "text");
                    if (bid is null || value is null)
                    {
                        return (null, $"{name} needs bid and value, e.g. {name}(bid=12, value=\"hello\", press_enter=True)");
                    }

                    var enterValue = call.Argument(2, "press_enter");
                    var pressEnter = name == "type";
                    if (enterValue is not null && !enterValue.TryGetBool(out pressEnter))
                    {
                        return (null, $"press_enter must be True or False, not {enterValue.Text}");
                    }

                    return (new BrowserAction(BrowserActionKind.Type) { ElementId = bid, Argument = Text(value), PressEnter = pressEnter }, null);
                }

            case "select_option":
                {
                    var bid = Id(call.Argument(0, "bid", "element"));
                    var option = call.Argument(1, "options", "option", "value");
                    return bid is null || option is null
                        ? (null, "select_option needs bid and options, e.g. select_option(bid=12, options=\"Blue\")")
                        : (new BrowserAction(BrowserActionKind.SelectOption) { ElementId = bid, Argument = Text(option) }, null);
                }

            case "press" or "keyboard_press":
                return Press(call, name);
            case "scroll_down":
                return (new BrowserAction(BrowserActionKind.Scroll) { Argument = "down" }, null);
            case "scroll_up":
                return (new BrowserAction(BrowserActionKind.Scroll) { Argument = "up" }, null);
            case "scroll":
                return Scroll(call);
            case "goto":
                {
                    var url = call.Argument(0, "url");
                    return url is null || Text(url).Trim().Length == 0
                        ? (null, "goto needs url, e.g. goto(url=\"http://example.com\")")
                        : (new BrowserAction(BrowserActionKind.Goto) { Argument = Text(url).Trim() }, null);
                }

            case "tab_focus":
                {
                    var index = call.Argument(0, "index");
                    return index is not null && index.TryGetInt(out var i) && i >= 0
                        ? (new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = i }, null)
                        : (null, "tab_focus needs a tab index, e.g. tab_focus(index=0)");
                }

            case "go_back":
                return (new BrowserAction(BrowserActionKind.GoBack), null);
            case "go_forward":
                return (new BrowserAction(BrowserActionKind.GoForward), null);
            case "new_tab":
                return (new BrowserAction(BrowserActionKind.NewTab), null);
            case "tab_close" or "close_tab":
                return (new BrowserAction(BrowserActionKind.CloseTab), null);
            default:
                {
                    // stop, send_msg_to_user, finish
                    var answer = call.Argument(0, "answer", "message", "text");
                    return (new BrowserAction(BrowserActionKind.Stop) { Argument = Text(answer) }, null);
                }
        }
    }

    private static (BrowserAction?, string?) Press(PythonCall call, string name)
    {
        // BrowserGym's press(bid, key_comb) takes an element first; a lone positional argument is the key.
        var keyValue = call.Argument(-1, "key_comb", "key");
        var bidValue = call.Argument(-1, "bid", "element");
        if (keyValue is null)
        {
            keyValue = call.Positional.Count >= 2 ? call.Positional[1] : call.Positional.Count == 1 && bidValue is null ? call.Positional[0] : null;
            bidValue ??= call.Positional.Count >= 2 ? call.Positional[0] : null;
        }

        var key = keyValue is null ? string.Empty : Text(keyValue).Trim();
        return key.Length == 0
            ? (null, $"{name} needs key_comb, e.g. {name}(key_comb=\"Enter\")")
            : (new BrowserAction(BrowserActionKind.Press) { Argument = key, ElementId = Id(bidValue) }, null);
    }

    private static (BrowserAction?, string?) Scroll(PythonCall call)
    {
        var direction = call.Argument(-1, "direction");
        if (direction is null && call.Positional.Count == 1 && call.Positional[0].Kind is PythonValueKind.String or PythonValueKind.Bare)
        {
            direction = call.Positional[0];
        }

        if (direction is not null)
        {
            var d = Text(direction).Trim().ToLowerInvariant();
            return d is "up" or "down"
                ? (new BrowserAction(BrowserActionKind.Scroll) { Argument = d }, null)
                : (null, $"scroll direction must be up or down, not \"{d}\"");
        }

        var dy = call.Argument(1, "delta_y", "dy");
        if (dy is not null && dy.TryGetDouble(out var y) && y != 0)
        {
            return (new BrowserAction(BrowserActionKind.Scroll) { Argument = y > 0 ? "down" : "up" }, null);
        }

        return (null, "scroll needs a vertical amount, e.g. scroll(0, 300) to scroll down, or use scroll_down() / scroll_up()");
    }

    private static string? Id(PythonValue? value)
    {
        if (value is null || value.Kind == PythonValueKind.None)
        {
            return null;
        }

        var id = value.Text.Trim().Trim('[', ']').Trim();
        return id.Length == 0 ? null : id;
    }

    private static string Text(PythonValue? value) => value is null || value.Kind == PythonValueKind.None ? string.Empty : value.Text;
}
