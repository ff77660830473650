using System.Text.RegularExpressions;

namespace PlanAct.WebArena.Login;

/// <summary>Matches a label or button text as a whole, ignoring case, surrounding space and a trailing colon ("Password:").</summary>
internal static class LabelPattern
{
    public static Regex Of(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new Regex(@"^\s*" + Regex.Escape(text.Trim()) + @"\s*:?\s*$", RegexOptions.IgnoreCase);
    }
}
