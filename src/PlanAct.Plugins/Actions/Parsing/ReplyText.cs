namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>
/// Splits a model reply into the regions where its action is most likely written, best first:
/// the inside of an action wrapper (<c>[Start of Action]…[End of Action]</c> or <c>&lt;answer&gt;…&lt;/answer&gt;</c>),
/// the text after a <c>&lt;think&gt;…&lt;/think&gt;</c> block (also when only the closing tag is present), and the whole reply. Pure.
/// </summary>
internal static class ReplyText
{
    private static readonly (string Open, string Close)[] Wrappers =
    [
        ("[Start of Action]", "[End of Action]"),
        ("<answer>", "</answer>"),
    ];

    /// <summary>The regions to search for an action, best first, without duplicates or empty regions.</summary>
    public static IReadOnlyList<string> Regions(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var regions = new List<string>(3);
        var afterThink = AfterThink(reply);
        var wrapped = Wrapped(afterThink);
        Add(regions, wrapped);
        Add(regions, afterThink);
        Add(regions, reply.Replace("<think>", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("</think>", string.Empty, StringComparison.OrdinalIgnoreCase));
        return regions;
    }

    /// <summary>Text after the last <c>&lt;/think&gt;</c>, or the whole reply when there is none.</summary>
    public static string AfterThink(string reply)
    {
        var close = reply.LastIndexOf("</think>", StringComparison.OrdinalIgnoreCase);
        return close < 0 ? reply : reply[(close + "</think>".Length)..];
    }

    private static string? Wrapped(string text)
    {
        foreach (var (open, close) in Wrappers)
        {
            var start = text.LastIndexOf(open, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                continue;
            }

            start += open.Length;
            var end = text.IndexOf(close, start, StringComparison.OrdinalIgnoreCase);
            return end < 0 ? text[start..] : text[start..end];
        }

        return null;
    }

    private static void Add(List<string> regions, string? region)
    {
        if (region is null)
        {
            return;
        }

        var trimmed = region.Trim();
        if (trimmed.Length > 0 && !regions.Contains(trimmed, StringComparer.Ordinal))
        {
            regions.Add(trimmed);
        }
    }
}
