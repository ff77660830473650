namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>A scanned Python-style call such as <c>do(action="Click", element="12")</c>.</summary>
/// <param name="Name">The function name as written.</param>
/// <param name="Positional">Positional arguments in order.</param>
/// <param name="Keywords">Keyword arguments by name (case-insensitive; the last one wins on repeats).</param>
/// <param name="Start">Index of the first character of the name in the scanned text.</param>
/// <param name="End">Index just past the closing parenthesis.</param>
internal sealed record PythonCall(
    string Name,
    IReadOnlyList<PythonValue> Positional,
    IReadOnlyDictionary<string, PythonValue> Keywords,
    int Start,
    int End)
{
    /// <summary>Finds an argument by keyword (any of <paramref name="names"/>) or else by its position.</summary>
    /// <param name="position">The argument's position when passed positionally, or -1 when it is keyword-only.</param>
    /// <param name="names">Accepted keyword names, preferred first.</param>
    public PythonValue? Argument(int position, params string[] names)
    {
        foreach (var name in names)
        {
            if (Keywords.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return position >= 0 && position < Positional.Count ? Positional[position] : null;
    }
}
