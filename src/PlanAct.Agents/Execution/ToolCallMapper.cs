using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using PlanAct.Plugins.Actions;

namespace PlanAct.Agents.Execution;

/// <summary>
/// Maps a browser tool call (from our tools or the Semantic Kernel browser plugin, whose names may carry a
/// <c>plugin_</c>/<c>plugin-</c> prefix) to a <see cref="BrowserAction"/>, and a tool result to an <see cref="ActionOutcome"/>.
/// Pure functions; used to record tool-mode steps in the same shape as text-mode steps.
/// </summary>
internal static class ToolCallMapper
{
    private static readonly string[] ElementKeys = ["element_id", "elementId", "element", "id", "bid", "ref"];
    private static readonly string[] TextKeys = ["text", "value", "content"];
    private static readonly string[] EnterKeys = ["press_enter", "pressEnter", "press_enter_after", "enter"];
    private static readonly string[] KeyKeys = ["key", "keys", "key_comb", "keyCombination"];
    private static readonly string[] OptionKeys = ["option", "options", "value", "label"];
    private static readonly string[] IndexKeys = ["index", "tab_index", "tabIndex", "page_number"];

    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var prefix in new[] { "browser_", "browser-", "Browser_", "Browser-", "BrowserPlugin_", "BrowserPlugin-" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    public static BrowserAction ToAction(string functionName, IEnumerable<KeyValuePair<string, object?>> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var args = arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.OrdinalIgnoreCase);
        var kind = ShortName(functionName).ToLowerInvariant() switch
        {
            "click" => BrowserActionKind.Click,
            "type" or "fill" => BrowserActionKind.Type,
            "hover" => BrowserActionKind.Hover,
            "press" or "press_key" => BrowserActionKind.Press,
            "scroll" => BrowserActionKind.Scroll,
            "select_option" or "select" => BrowserActionKind.SelectOption,
            "goto" or "navigate" => BrowserActionKind.Goto,
            "go_back" => BrowserActionKind.GoBack,
            "go_forward" => BrowserActionKind.GoForward,
            "new_tab" => BrowserActionKind.NewTab,
            "tab_focus" => BrowserActionKind.TabFocus,
            "close_tab" => BrowserActionKind.CloseTab,
            "stop" => BrowserActionKind.Stop,
            _ => BrowserActionKind.None,
        };

        return kind switch
        {
            BrowserActionKind.Type => new BrowserAction(kind) { ElementId = Get(args, ElementKeys), Argument = Get(args, TextKeys), PressEnter = GetBool(args, EnterKeys) },
            BrowserActionKind.SelectOption => new BrowserAction(kind) { ElementId = Get(args, ElementKeys), Argument = Get(args, OptionKeys) },
            BrowserActionKind.Press => new BrowserAction(kind) { Argument = Get(args, KeyKeys) },
            BrowserActionKind.Scroll => new BrowserAction(kind) { Argument = Get(args, ["direction"]) ?? "down" },
            BrowserActionKind.Goto => new BrowserAction(kind) { Argument = Get(args, ["url"]) },
            BrowserActionKind.Stop => new BrowserAction(kind) { Argument = Get(args, ["answer", "message", "text"]) },
            BrowserActionKind.TabFocus => new BrowserAction(kind) { TabIndex = int.TryParse(Get(args, IndexKeys), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null },
            BrowserActionKind.Click or BrowserActionKind.Hover => new BrowserAction(kind) { ElementId = Get(args, ElementKeys) },
            _ => new BrowserAction(kind),
        };
    }

    public static ActionOutcome ToOutcome(object? result)
    {
        switch (result)
        {
            case ActionOutcome outcome:
                return outcome;
            case string text:
                return FromText(text);
            case JsonElement { ValueKind: JsonValueKind.String } s:
                return FromText(s.GetString() ?? "");
            case JsonElement { ValueKind: JsonValueKind.Object } o:
                var success = TryGet(o, "success", out var sv) && sv.ValueKind == JsonValueKind.True;
                var message = TryGet(o, "message", out var mv) ? mv.ToString() : o.GetRawText();
                return new ActionOutcome(success, message);
            case null:
                return new ActionOutcome(false, "error: the tool returned nothing");
            default:
                return FromText(result.ToString() ?? "");
        }
    }

    public static string Render(FunctionCallContent call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var args = call.Arguments is null ? "" : string.Join(", ", call.Arguments.Select(a => $"{a.Key}={FormatValue(a.Value)}"));
        return $"{call.Name}({args})";
    }

    public static string Render(string name, IEnumerable<KeyValuePair<string, object?>> arguments)
        => $"{name}({string.Join(", ", arguments.Select(a => $"{a.Key}={FormatValue(a.Value)}"))})";

    private static ActionOutcome FromText(string text)
    {
        var failed = text.StartsWith("error", StringComparison.OrdinalIgnoreCase) || text.StartsWith("failed", StringComparison.OrdinalIgnoreCase);
        return new ActionOutcome(!failed, text);
    }

    private static bool TryGet(JsonElement o, string name, out JsonElement value)
    {
        foreach (var p in o.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string? Get(Dictionary<string, object?> args, string[] keys)
    {
        foreach (var key in keys)
        {
            if (args.TryGetValue(key, out var value) && value is not null)
            {
                return value switch
                {
                    JsonElement { ValueKind: JsonValueKind.String } s => s.GetString(),
                    JsonElement e => e.GetRawText(),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                };
            }
        }

        return null;
    }

    private static bool GetBool(Dictionary<string, object?> args, string[] keys)
    {
        var text = Get(args, keys);
        return text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");
    }

    private static string FormatValue(object? value) => value switch
    {
        null => "null",
        JsonElement e => e.GetRawText(),
        string s => JsonSerializer.Serialize(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
