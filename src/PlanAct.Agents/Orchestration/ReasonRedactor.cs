using System.Text.RegularExpressions;

namespace PlanAct.Agents.Orchestration;

/// <summary>Removes things that look like credentials from error texts before they reach results, logs or trajectories.</summary>
internal static partial class ReasonRedactor
{
    public static string Redact(string? text)
        => string.IsNullOrEmpty(text) ? "" : Secret().Replace(text, m => m.Groups["prefix"].Value + "***");

    [GeneratedRegex(@"(?<prefix>Bearer\s+|api[_-]?key[""'=:\s]+|\b)(?:sk-[A-Za-z0-9_\-]{6,}|(?<=Bearer\s+)[^\s""',]+|(?<=api[_-]?key[""'=:\s]+)[^\s""',]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();
}
