using System.Text.RegularExpressions;

namespace PlanAct.Testing.FakeAgents;

/// <summary>Reads an accessibility-tree observation the way a fake model does: element ids by role and name.</summary>
public static partial class PageText
{
    /// <summary>The page part of a prompt (from the last <c># Current page</c>).</summary>
    public static string CurrentPage(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var i = prompt.LastIndexOf("# Current page", StringComparison.Ordinal);
        return i < 0 ? prompt : prompt[i..];
    }

    /// <summary>The page URL shown in a prompt's current-page section, or "".</summary>
    public static string Url(string prompt)
    {
        var m = UrlLine().Match(CurrentPage(prompt));
        return m.Success ? m.Groups[1].Value.Trim() : "";
    }

    /// <summary>The id of the first element named <paramref name="name"/> (case-insensitive), optionally with a role.</summary>
    public static string? FindId(string page, string name, string? role = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (Match m in Element().Matches(page))
        {
            if (string.Equals(m.Groups["name"].Value.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)
                && (role is null || string.Equals(m.Groups["role"].Value, role, StringComparison.OrdinalIgnoreCase)))
            {
                return m.Groups["id"].Value;
            }
        }

        return null;
    }

    /// <summary>Whether the page has an element with that role and name.</summary>
    public static bool Has(string page, string name, string? role = null) => FindId(page, name, role) is not null;

    /// <summary>The quoted ('...') strings of a text, in order.</summary>
    public static IReadOnlyList<string> Quoted(string text) => [.. QuotedText().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\[(?<id>[^\]\s]+)\]\s+(?<role>[A-Za-z]+)\s+'(?<name>[^']*)'")]
    private static partial Regex Element();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"URL:\s*(\S+)")]
    private static partial Regex UrlLine();
}
