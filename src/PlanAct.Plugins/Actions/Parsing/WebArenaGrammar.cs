using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>
/// The WebArena bracket grammar (<c>click [12]</c>, <c>type [12] [text] [1]</c>, <c>stop [answer]</c>), parsed like
/// WebArena's <c>create_id_based_action</c> with a few lenient additions: the fenced block after
/// "the next action I will perform is" is preferred (else the last fenced block, else the last line that starts with
/// an action), verbs are case-insensitive, ids may be aria refs (<c>e12</c>), <c>scroll [direction=down]</c> and
/// <c>scroll down</c> parse, and <c>select_option [id] [option]</c> is accepted. Pure.
/// </summary>
internal static partial class WebArenaGrammar
{
    private const string AnswerPhrase = "next action I will perform is";

    /// <summary>Parses a model reply.</summary>
    public static ActionParseResult Parse(string reply)
    {
        foreach (var region in ReplyText.Regions(reply))
        {
            var candidates = ActionTextCandidates(region);
            if (candidates.Count == 0)
            {
                continue;
            }

            string? firstReason = null;
            foreach (var candidate in candidates)
            {
                var (action, reason) = ParseAction(candidate);
                if (action is not null)
                {
                    return new ActionParseResult(action with { Raw = reply.Trim() }, null);
                }

                firstReason ??= reason;
            }

            return ParseFailure.Create(candidates[^1], firstReason!, ActionGrammar.WebArena);
        }

        return ParseFailure.Create(reply, "no action found (write the action inside ``` fences after \"In summary, the next action I will perform is\")", ActionGrammar.WebArena);
    }

    /// <summary>Writes <paramref name="action"/> in the bracket grammar.</summary>
    public static string Format(BrowserAction action) => action.Kind switch
    {
        BrowserActionKind.Click => $"click [{action.ElementId}]",
        BrowserActionKind.Type => $"type [{action.ElementId}] [{action.Argument}] [{(action.PressEnter ? 1 : 0)}]",
        BrowserActionKind.Hover => $"hover [{action.ElementId}]",
        BrowserActionKind.Press => $"press [{action.Argument}]",
        BrowserActionKind.Scroll => $"scroll [{ScrollDirection(action)}]",
        BrowserActionKind.SelectOption => $"select_option [{action.ElementId}] [{action.Argument}]",
        BrowserActionKind.Goto => $"goto [{action.Argument}]",
        BrowserActionKind.GoBack => "go_back",
        BrowserActionKind.GoForward => "go_forward",
        BrowserActionKind.NewTab => "new_tab",
        BrowserActionKind.TabFocus => $"tab_focus [{(action.TabIndex ?? 0).ToString(CultureInfo.InvariantCulture)}]",
        BrowserActionKind.CloseTab => "close_tab",
        BrowserActionKind.Stop => $"stop [{action.Argument}]",
        _ => throw new ArgumentException($"a {action.Kind} action has no text form", nameof(action)),
    };

    /// <summary>"up" or "down" for a scroll action (down unless it says up).</summary>
    public static string ScrollDirection(BrowserAction action)
        => string.Equals(action.Argument?.Trim(), "up", StringComparison.OrdinalIgnoreCase) ? "up" : "down";

    /// <summary>
    /// The action text in a region, as candidates to try in order: the fenced block after the answer phrase, else the last
    /// fenced block, else the last line that starts with an action (first with the lines after it, for multi-line text, then alone).
    /// </summary>
    private static List<string> ActionTextCandidates(string region)
    {
        var single = ExtractFencedOrPhrase(region);
        if (single is not null)
        {
            return [single];
        }

        var lines = region.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = CleanLine(lines[i]);
            if (ActionLineRegex().IsMatch(line))
            {
                var rest = string.Join('\n', lines.Skip(i + 1)).TrimEnd();
                return rest.Length == 0 ? [line] : [CleanLine(lines[i] + "\n" + rest), line];
            }
        }

        return [];
    }

    private static string CleanLine(string line) => line.Trim().TrimStart('-', '*', '>', ' ', '`').TrimEnd('`', ' ').TrimEnd('.');

    private static string? ExtractFencedOrPhrase(string region)
    {
        var phrase = region.LastIndexOf(AnswerPhrase, StringComparison.OrdinalIgnoreCase);
        if (phrase >= 0)
        {
            var after = region[(phrase + AnswerPhrase.Length)..];
            var fence = FenceRegex().Match(after);
            if (fence.Success)
            {
                return CleanFence(fence.Groups["body"].Value);
            }

            var line = after.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            if (line is not null)
            {
                return line.Trim(':', ' ', '`', '"', '\'').TrimEnd('.').Trim('`', ' ');
            }
        }

        var fences = FenceRegex().Matches(region);
        if (fences.Count > 0)
        {
            return CleanFence(fences[^1].Groups["body"].Value);
        }

        return null;
    }

    private static string CleanFence(string body)
    {
        var text = body.Trim();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline > 0)
        {
            // A language tag such as ```text or ```action on its own first line.
            var first = text[..newline].Trim();
            if (first.Length > 0 && !first.Contains(' ', StringComparison.Ordinal) && !first.Contains('[', StringComparison.Ordinal) && !IsVerb(first))
            {
                text = text[(newline + 1)..].Trim();
            }
        }

        return text;
    }

    private static bool IsVerb(string word) => VerbOf(word) is "click" or "type" or "hover" or "press" or "scroll" or "select_option"
        or "goto" or "go_back" or "go_forward" or "new_tab" or "tab_focus" or "close_tab" or "stop";

    private static string VerbOf(string text)
    {
        var m = VerbRegex().Match(text);
        return m.Success ? m.Value.ToLowerInvariant() : string.Empty;
    }

    private static (BrowserAction? Action, string? Reason) ParseAction(string text)
    {
        var s = text.Trim();
        var verb = VerbOf(s);
        switch (verb)
        {
            case "click" or "hover":
                {
                    var m = IdOnlyRegex().Match(s);
                    return m.Success
                        ? (new BrowserAction(verb == "click" ? BrowserActionKind.Click : BrowserActionKind.Hover) { ElementId = m.Groups["id"].Value }, null)
                        : (null, $"{verb} needs an element id in brackets, e.g. {verb} [12]");
                }

            case "type":
                {
                    var withFlag = TypeFlagRegex().IsMatch(s) ? s : s + " [1]";
                    var m = TypeRegex().Match(withFlag);
                    return m.Success
                        ? (new BrowserAction(BrowserActionKind.Type)
                        {
                            ElementId = m.Groups["id"].Value,
                            Argument = m.Groups["text"].Value,
                            PressEnter = m.Groups["flag"].Value == "1",
                        }, null)
                        : (null, "type needs [id] [text] [0|1], e.g. type [12] [hello world] [1] (1 presses Enter after typing)");
                }

            case "press":
                {
                    var m = PressRegex().Match(s);
                    return m.Success
                        ? (new BrowserAction(BrowserActionKind.Press) { Argument = m.Groups["key"].Value.Trim() }, null)
                        : (null, "press needs a key combination in brackets, e.g. press [Enter] or press [Control+a]");
                }

            case "scroll":
                {
                    var m = ScrollRegex().Match(s);
                    return m.Success
                        ? (new BrowserAction(BrowserActionKind.Scroll) { Argument = m.Groups["dir"].Value.ToLowerInvariant() }, null)
                        : (null, "scroll needs a direction, e.g. scroll [down] or scroll [up]");
                }

            case "select_option":
                {
                    var m = SelectRegex().Match(s);
                    return m.Success
                        ? (new BrowserAction(BrowserActionKind.SelectOption) { ElementId = m.Groups["id"].Value, Argument = m.Groups["opt"].Value }, null)
                        : (null, "select_option needs [id] [option], e.g. select_option [7] [Price: low to high]");
                }

            case "goto":
                {
                    var m = GotoRegex().Match(s);
                    return m.Success
                        ? (new BrowserAction(BrowserActionKind.Goto) { Argument = m.Groups["url"].Value.Trim() }, null)
                        : (null, "goto needs a URL in brackets, e.g. goto [http://example.com/page]");
                }

            case "tab_focus":
                {
                    var m = TabFocusRegex().Match(s);
                    return m.Success
                        ? (new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture) }, null)
                        : (null, "tab_focus needs a tab index in brackets, e.g. tab_focus [0]");
                }

            case "stop":
                {
                    var m = StopRegex().Match(s);
                    return (new BrowserAction(BrowserActionKind.Stop) { Argument = m.Success ? m.Groups["answer"].Value : string.Empty }, null);
                }

            case "go_back":
                return (new BrowserAction(BrowserActionKind.GoBack), null);
            case "go_forward":
                return (new BrowserAction(BrowserActionKind.GoForward), null);
            case "new_tab":
                return (new BrowserAction(BrowserActionKind.NewTab), null);
            case "close_tab":
                return (new BrowserAction(BrowserActionKind.CloseTab), null);
            case "":
                return (null, "the action must start with an action name");
            default:
                return (null, $"unknown action \"{verb}\"");
        }
    }

    [GeneratedRegex("```(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FenceRegex();

    [GeneratedRegex(@"^[A-Za-z_]+")]
    private static partial Regex VerbRegex();

    [GeneratedRegex(@"^(?:(?:click|type|hover|press|scroll|select_option|goto|tab_focus|stop)\s?\[|scroll\s+(?:up|down)\s*$|(?:go_back|go_forward|new_tab|close_tab|stop)\s*$|(?:click|hover)\s+[A-Za-z]*\d[\w-]*\s*$|tab_focus\s+\d+\s*$|goto\s+https?://\S+\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ActionLineRegex();

    [GeneratedRegex(@"^\w+\s*(?:\[\s*(?<id>[^\[\]\s]+)\s*\]|\s(?<id>[A-Za-z]*\d[\w-]*)\b)")]
    private static partial Regex IdOnlyRegex();

    [GeneratedRegex(@"\[\s*[01]\s*\]\s*$")]
    private static partial Regex TypeFlagRegex();

    [GeneratedRegex(@"^\w+\s*\[\s*(?<id>[^\[\]\s]+)\s*\]\s*\[(?<text>.*)\]\s*\[\s*(?<flag>[01])\s*\]\s*$", RegexOptions.Singleline)]
    private static partial Regex TypeRegex();

    [GeneratedRegex(@"^\w+\s*(?:\[(?<key>.+)\]|\s(?<key>[^\[\]\s]+)\s*$)", RegexOptions.Singleline)]
    private static partial Regex PressRegex();

    [GeneratedRegex(@"^\w+\s*\[?\s*(?:direction\s*=\s*)?(?<dir>up|down)\b\s*\]?", RegexOptions.IgnoreCase)]
    private static partial Regex ScrollRegex();

    [GeneratedRegex(@"^\w+\s*\[\s*(?<id>[^\[\]\s]+)\s*\]\s*\[(?<opt>.+)\]", RegexOptions.Singleline)]
    private static partial Regex SelectRegex();

    [GeneratedRegex(@"^\w+\s*(?:\[(?<url>.+)\]|\s(?<url>\S+)\s*$)", RegexOptions.Singleline)]
    private static partial Regex GotoRegex();

    [GeneratedRegex(@"^\w+\s*(?:\[\s*(?<i>\d+)\s*\]|\s(?<i>\d+)\s*$)")]
    private static partial Regex TabFocusRegex();

    [GeneratedRegex(@"^\w+\s*\[(?<answer>.*)\]", RegexOptions.Singleline)]
    private static partial Regex StopRegex();
}
