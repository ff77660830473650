namespace PlanAct.Plugins.Actions;

/// <summary>
/// Picks the option of a drop-down a model meant: exact label, then exact value, then case-insensitive label or value,
/// then the first label containing the text case-insensitively. Pure.
/// </summary>
public static class SelectOptionMatcher
{
    /// <summary>Finds the index of the option matching <paramref name="wanted"/>.</summary>
    /// <param name="options">The drop-down's options as (label, value) in document order.</param>
    /// <param name="wanted">What the model asked for.</param>
    /// <returns>The option index, or -1 when nothing matches.</returns>
    public static int Match(IReadOnlyList<(string Label, string Value)> options, string wanted)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(wanted);
        var text = wanted.Trim();
        int[] passes =
        [
            IndexOf(options, o => o.Label == text),
            IndexOf(options, o => o.Value == text),
            IndexOf(options, o => string.Equals(o.Label.Trim(), text, StringComparison.OrdinalIgnoreCase)),
            IndexOf(options, o => string.Equals(o.Value.Trim(), text, StringComparison.OrdinalIgnoreCase)),
            text.Length == 0 ? -1 : IndexOf(options, o => o.Label.Contains(text, StringComparison.OrdinalIgnoreCase)),
        ];
        return passes.FirstOrDefault(i => i >= 0, -1);
    }

    private static int IndexOf(IReadOnlyList<(string Label, string Value)> options, Func<(string Label, string Value), bool> predicate)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (predicate(options[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
