using System.Text.RegularExpressions;

namespace PlanAct.Agents.Tests.Support;

/// <summary>Reads accessibility-tree observations the way a fake model would: finds an element's id by its name.</summary>
public static partial class ObservationReader
{
    /// <summary>The id of the first element whose accessible name equals <paramref name="name"/> (case-insensitive), optionally with a role.</summary>
    public static string? FindId(string observation, string name, string? role = null)
    {
        foreach (Match m in Line().Matches(observation))
        {
            if (string.Equals(m.Groups["name"].Value.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)
                && (role is null || string.Equals(m.Groups["role"].Value, role, StringComparison.OrdinalIgnoreCase)))
            {
                return m.Groups["id"].Value;
            }
        }

        return null;
    }

    /// <summary>Whether some element's name contains <paramref name="text"/>.</summary>
    public static bool Shows(string observation, string text) => observation.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>The page part of a prompt (after <c># Current page</c>).</summary>
    public static string CurrentPage(string prompt)
    {
        var i = prompt.LastIndexOf("# Current page", StringComparison.Ordinal);
        return i < 0 ? prompt : prompt[i..];
    }

    /// <summary>The quoted strings of an instruction, in order.</summary>
    public static IReadOnlyList<string> Quoted(string text) => [.. QuotedText().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\[(?<id>[^\]\s]+)\]\s+(?<role>[A-Za-z]+)\s+'(?<name>[^']*)'")]
    private static partial Regex Line();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedText();
}
