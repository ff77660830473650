using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Observation.Aria;

/// <summary>
/// Parses Playwright's AI-mode aria snapshot (<c>- role "name" [attr] [ref=e12] [box=x,y,w,h]: text</c>, two spaces of
/// indentation per level) into lines with refs, roles, names and boxes. Pure.
/// </summary>
public static partial class AriaSnapshotParser
{
    /// <summary>Parses <paramref name="snapshot"/>.</summary>
    /// <param name="snapshot">The snapshot text.</param>
    /// <returns>The lines in order.</returns>
    public static IReadOnlyList<AriaSnapshotLine> Parse(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lines = new List<AriaSnapshotLine>();
        var depth = 0;
        foreach (var rawLine in snapshot.Split('\n'))
        {
            var raw = rawLine.TrimEnd('\r');
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var indent = raw.Length - raw.TrimStart(' ').Length;
            var body = raw[indent..];
            CapturedBox? box = null;
            var boxMatch = BoxPattern().Match(raw);
            var text = raw;
            if (boxMatch.Success)
            {
                box = new CapturedBox(Number(boxMatch.Groups[1].Value), Number(boxMatch.Groups[2].Value), Number(boxMatch.Groups[3].Value), Number(boxMatch.Groups[4].Value));
                text = raw.Remove(boxMatch.Index, boxMatch.Length);
            }

            if (!body.StartsWith("- ", StringComparison.Ordinal))
            {
                // Continuation of a multi-line value: keep it with the previous line's depth.
                lines.Add(new AriaSnapshotLine(depth, text, "", "", null, null));
                continue;
            }

            depth = indent / 2;
            var key = Unquote(body[2..]);
            var role = RolePattern().Match(key) is { Success: true } r ? r.Value : "";
            var name = "";
            var rest = key[role.Length..].TrimStart();
            if (rest.StartsWith('"'))
            {
                name = ReadQuoted(rest, out _);
            }

            var refMatch = RefPattern().Match(key);
            lines.Add(new AriaSnapshotLine(depth, text, role, name, refMatch.Success ? refMatch.Groups[1].Value : null, box));
        }

        return lines;
    }

    private static double Number(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Removes YAML quoting around a whole key (Playwright quotes keys containing YAML-special characters).</summary>
    private static string Unquote(string body)
    {
        if (body.StartsWith('\''))
        {
            var sb = new StringBuilder(body.Length);
            for (var i = 1; i < body.Length; i++)
            {
                if (body[i] == '\'')
                {
                    if (i + 1 < body.Length && body[i + 1] == '\'')
                    {
                        sb.Append('\'');
                        i++;
                        continue;
                    }

                    return sb.Append(body.AsSpan(i + 1)).ToString();
                }

                sb.Append(body[i]);
            }

            return sb.ToString();
        }

        if (body.StartsWith('"') && !RoleLikeQuoted().IsMatch(body))
        {
            var inner = ReadQuoted(body, out var end);
            return inner + body[end..];
        }

        return body;
    }

    /// <summary>Reads a double-quoted, backslash-escaped string starting at index 0; <paramref name="end"/> is the index after the closing quote.</summary>
    private static string ReadQuoted(string text, out int end)
    {
        var sb = new StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                sb.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => next });
                continue;
            }

            if (ch == '"')
            {
                end = i + 1;
                return sb.ToString();
            }

            sb.Append(ch);
        }

        end = text.Length;
        return sb.ToString();
    }

    [GeneratedRegex(@" ?\[box=(-?[0-9.]+),(-?[0-9.]+),(-?[0-9.]+),(-?[0-9.]+)\]")]
    private static partial Regex BoxPattern();

    [GeneratedRegex(@"\[ref=([A-Za-z0-9]+)\]")]
    private static partial Regex RefPattern();

    [GeneratedRegex(@"^[^\s:\[""]+")]
    private static partial Regex RolePattern();

    // A key that is itself a quoted text node ("- \"text\"") rather than a quoted whole key.
    [GeneratedRegex(@"^""[^""]*""$")]
    private static partial Regex RoleLikeQuoted();
}
