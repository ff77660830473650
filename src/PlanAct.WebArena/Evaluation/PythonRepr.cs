using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PlanAct.WebArena.Evaluation;

/// <summary>Renders a value returned by page JavaScript the way Python's <c>str()</c> renders what Playwright for Python returns.</summary>
public static class PythonRepr
{
    /// <summary>Python's <c>str(value)</c>: strings as they are, <c>None</c>, <c>True</c>/<c>False</c>, lists and dicts as Python literals.</summary>
    /// <param name="value">A JSON value from <c>page.evaluate</c>, or <see langword="null"/> for null/undefined.</param>
    /// <returns>The text.</returns>
    public static string Str(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } s ? s.GetString() ?? "" : Repr(value);

    /// <summary>Python's <c>bool(value)</c>: false for None, False, 0, empty strings, lists and dicts.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether Python would treat it as true.</returns>
    public static bool IsTruthy(JsonElement? value)
    {
        if (value is not { } v)
        {
            return false;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
            JsonValueKind.Number => v.GetDouble() != 0,
            JsonValueKind.String => (v.GetString() ?? "").Length > 0,
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(),
            _ => true,
        };
    }

    private static string Repr(JsonElement? value)
    {
        if (value is not { } v)
        {
            return "None";
        }

        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return "None";
            case JsonValueKind.True:
                return "True";
            case JsonValueKind.False:
                return "False";
            case JsonValueKind.Number:
                var number = v.GetDouble();
                return number == Math.Floor(number) && Math.Abs(number) < 1e16
                    ? ((long)number).ToString(CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture);
            case JsonValueKind.String:
                return QuoteString(v.GetString() ?? "");
            case JsonValueKind.Array:
                return "[" + string.Join(", ", v.EnumerateArray().Select(e => Repr(e))) + "]";
            case JsonValueKind.Object:
                return "{" + string.Join(", ", v.EnumerateObject().Select(p => QuoteString(p.Name) + ": " + Repr(p.Value))) + "}";
            default:
                return v.GetRawText();
        }
    }

    private static string QuoteString(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                _ when c == quote => builder.Append('\\').Append(c),
                _ when c < ' ' => builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append(quote).ToString();
    }
}
