using System.Globalization;
using System.Text;

namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>Writes values as Python literals for the call grammars. Pure.</summary>
internal static class PythonLiteral
{
    /// <summary>A double-quoted Python string literal of <paramref name="value"/>.</summary>
    public static string Quote(string? value)
    {
        var sb = new StringBuilder((value?.Length ?? 0) + 2).Append('"');
        foreach (var c in value ?? string.Empty)
        {
            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                '"' => sb.Append("\\\""),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when char.IsControl(c) => sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    /// <summary>An element id: a bare integer when it is one, else a quoted string.</summary>
    public static string Id(string? id)
        => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n.ToString(CultureInfo.InvariantCulture) == id
            ? id
            : Quote(id);

    /// <summary><c>True</c> or <c>False</c>.</summary>
    public static string Bool(bool value) => value ? "True" : "False";
}
