using System.Text;

namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>Quotes strings the way Python's <c>repr</c> does (WebArena prints names with it).</summary>
internal static class PythonRepr
{
    public static string Quote(string value)
    {
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2);
        sb.Append(quote);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch == quote)
                    {
                        sb.Append('\\');
                    }

                    sb.Append(ch);
                    break;
            }
        }

        return sb.Append(quote).ToString();
    }
}
