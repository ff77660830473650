using System.Globalization;
using System.Text;

namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>
/// Scans one Python-style call (<c>name(arg, key=value, …)</c>) starting at a given index: string literals with
/// escapes (single, double and triple quotes, <c>r</c>/<c>u</c> prefixes), integers, decimals, <c>True</c>/<c>False</c>/<c>None</c>,
/// positional and keyword arguments. Small models also write unquoted values such as <c>value=Hong Kong, press_enter=True</c>;
/// those are read as bare text that ends at the closing parenthesis or at a comma followed by a keyword.
/// Shared by the WebRL and BrowserGym grammars. Pure.
/// </summary>
internal static class PythonCallScanner
{
    /// <summary>Scans the call whose name starts at <paramref name="start"/>.</summary>
    /// <param name="text">The text holding the call.</param>
    /// <param name="start">Index of the first character of the function name.</param>
    /// <param name="keywordNames">Keyword names that may end an unquoted value (a comma before <c>name=</c>); null means any identifier.</param>
    /// <returns>The call, or an error saying what was wrong.</returns>
    public static ScanResult Scan(string text, int start, IReadOnlyCollection<string>? keywordNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pos = start;
        if (pos >= text.Length || !IsIdentifierStart(text[pos]))
        {
            return ScanResult.Fail("expected a function name");
        }

        var name = ReadIdentifier(text, ref pos);
        SkipWhitespace(text, ref pos);
        if (pos >= text.Length || text[pos] != '(')
        {
            return ScanResult.Fail($"expected \"(\" after {name}");
        }

        pos++;
        var positional = new List<PythonValue>();
        var keywords = new Dictionary<string, PythonValue>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipWhitespace(text, ref pos);
            if (pos >= text.Length)
            {
                return ScanResult.Fail($"missing \")\" to close {name}(");
            }

            if (text[pos] == ')')
            {
                return ScanResult.Ok(new PythonCall(name, positional, keywords, start, pos + 1));
            }

            var keyword = TryReadKeyword(text, ref pos);
            var value = ReadValue(text, ref pos, keywordNames, out var valueError);
            if (value is null)
            {
                var what = keyword is null ? $"argument {positional.Count + 1}" : $"{keyword}=";
                return ScanResult.Fail($"{valueError} in {what} of {name}(…)");
            }

            if (keyword is null)
            {
                positional.Add(value);
            }
            else
            {
                keywords[keyword] = value;
            }

            SkipWhitespace(text, ref pos);
            if (pos >= text.Length)
            {
                return ScanResult.Fail($"missing \")\" to close {name}(");
            }

            if (text[pos] == ',')
            {
                pos++;
                continue;
            }

            if (text[pos] != ')')
            {
                return ScanResult.Fail($"unexpected \"{text[pos]}\" after an argument of {name}(…); separate arguments with \",\" and close with \")\"");
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> can start an identifier.</summary>
    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    /// <summary>Whether <paramref name="c"/> can continue an identifier.</summary>
    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Reads an identifier starting at <paramref name="pos"/> and advances past it.</summary>
    public static string ReadIdentifier(string text, ref int pos)
    {
        var begin = pos;
        while (pos < text.Length && IsIdentifierPart(text[pos]))
        {
            pos++;
        }

        return text[begin..pos];
    }

    private static void SkipWhitespace(string text, ref int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private static string? TryReadKeyword(string text, ref int pos)
    {
        if (!IsIdentifierStart(text[pos]))
        {
            return null;
        }

        var probe = pos;
        var name = ReadIdentifier(text, ref probe);
        SkipWhitespace(text, ref probe);
        if (probe < text.Length && text[probe] == '=' && (probe + 1 >= text.Length || text[probe + 1] != '='))
        {
            pos = probe + 1;
            SkipWhitespace(text, ref pos);
            return name;
        }

        return null;
    }

    private static PythonValue? ReadValue(string text, ref int pos, IReadOnlyCollection<string>? keywordNames, out string? error)
    {
        error = null;
        if (pos >= text.Length || text[pos] == ')' || text[pos] == ',')
        {
            error = "missing value";
            return null;
        }

        var begin = pos;
        var literal = TryReadLiteral(text, ref pos, out error);
        if (error is not null)
        {
            return null;
        }

        if (literal is not null && IsAtArgumentEnd(text, pos))
        {
            return literal;
        }

        // Not a complete literal: read unquoted text up to ")" or ", keyword=".
        pos = FindBareEnd(text, begin, keywordNames);
        var bare = text[begin..pos].Trim();
        if (bare.Length == 0)
        {
            error = "missing value";
            return null;
        }

        if (literal is not { Kind: PythonValueKind.String })
        {
            return new PythonValue(PythonValueKind.Bare, bare);
        }

        // A quoted value with unescaped quotes inside, e.g. value="say "hi" now": keep the inner text, unless what
        // follows the first closing quote looks like another argument (a missing comma) or the quotes do not pair up.
        var quote = bare[0];
        var inner = bare.Length >= 2 && bare[^1] == quote ? bare[1..^1] : null;
        if (inner is null || ContainsKeywordAssignment(inner, keywordNames))
        {
            error = inner is null
                ? $"unterminated string (the {quote} opened at character {begin + 1} is never closed)"
                : $"unexpected text after the string {quote}{literal.Text}{quote}; separate arguments with \",\" and escape quotes inside strings as \\{quote}";
            return null;
        }

        return new PythonValue(PythonValueKind.String, inner.Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal));
    }

    private static bool IsAtArgumentEnd(string text, int pos)
    {
        SkipWhitespace(text, ref pos);
        return pos >= text.Length || text[pos] == ',' || text[pos] == ')';
    }

    private static PythonValue? TryReadLiteral(string text, ref int pos, out string? error)
    {
        error = null;
        var c = text[pos];
        var prefixLength = StringPrefixLength(text, pos);
        if (prefixLength >= 0)
        {
            var raw = text.AsSpan(pos, prefixLength).ContainsAny('r', 'R');
            pos += prefixLength;
            return ReadString(text, ref pos, raw, out error);
        }

        if (char.IsDigit(c) || ((c == '-' || c == '+') && pos + 1 < text.Length && char.IsDigit(text[pos + 1])))
        {
            var begin = pos;
            pos++;
            while (pos < text.Length && char.IsDigit(text[pos]))
            {
                pos++;
            }

            var kind = PythonValueKind.Integer;
            if (pos + 1 < text.Length && text[pos] == '.' && char.IsDigit(text[pos + 1]))
            {
                kind = PythonValueKind.Float;
                pos++;
                while (pos < text.Length && char.IsDigit(text[pos]))
                {
                    pos++;
                }
            }

            return new PythonValue(kind, text[begin..pos].TrimStart('+'));
        }

        if (IsIdentifierStart(c))
        {
            var probe = pos;
            var word = ReadIdentifier(text, ref probe);
            var kind = word switch
            {
                "True" or "False" or "true" or "false" => PythonValueKind.Boolean,
                "None" => PythonValueKind.None,
                _ => (PythonValueKind?)null,
            };
            if (kind is { } k)
            {
                pos = probe;
                return new PythonValue(k, k == PythonValueKind.Boolean ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            }
        }

        return null;
    }

    /// <summary>Length of a string prefix (<c>r</c>, <c>u</c>, <c>b</c>, up to two letters) before a quote at <paramref name="pos"/>, or -1 when no string starts there.</summary>
    private static int StringPrefixLength(string text, int pos)
    {
        for (var length = 0; length <= 2 && pos + length < text.Length; length++)
        {
            var c = text[pos + length];
            if (IsQuote(c))
            {
                return length;
            }

            if ("rRuUbB".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsQuote(char c) => c is '"' or '\'';

    private static PythonValue? ReadString(string text, ref int pos, bool raw, out string? error)
    {
        error = null;
        var quote = text[pos];
        var triple = pos + 2 < text.Length && text[pos + 1] == quote && text[pos + 2] == quote;
        var openedAt = pos;
        pos += triple ? 3 : 1;
        var sb = new StringBuilder();
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '\\' && pos + 1 < text.Length)
            {
                if (raw)
                {
                    sb.Append(c).Append(text[pos + 1]);
                    pos += 2;
                }
                else
                {
                    pos = AppendEscape(text, pos, sb);
                }

                continue;
            }

            if (c == quote && (!triple || (pos + 2 < text.Length && text[pos + 1] == quote && text[pos + 2] == quote)))
            {
                pos += triple ? 3 : 1;
                return new PythonValue(PythonValueKind.String, sb.ToString());
            }

            sb.Append(c);
            pos++;
        }

        error = $"unterminated string (the {quote} opened at character {openedAt + 1} is never closed)";
        return null;
    }

    /// <summary>Resolves the escape at <paramref name="pos"/> (a backslash) into <paramref name="sb"/>; returns the index after it.</summary>
    private static int AppendEscape(string text, int pos, StringBuilder sb)
    {
        var e = text[pos + 1];
        switch (e)
        {
            case '\\' or '\'' or '"':
                sb.Append(e);
                return pos + 2;
            case 'n':
                sb.Append('\n');
                return pos + 2;
            case 't':
                sb.Append('\t');
                return pos + 2;
            case 'r':
                sb.Append('\r');
                return pos + 2;
            case 'a':
                sb.Append('\a');
                return pos + 2;
            case 'b':
                sb.Append('\b');
                return pos + 2;
            case 'f':
                sb.Append('\f');
                return pos + 2;
            case 'v':
                sb.Append('\v');
                return pos + 2;
            case '\n':
                return pos + 2;
            case 'x' when TryHex(text, pos + 2, 2, out var x):
                sb.Append((char)x);
                return pos + 4;
            case 'u' when TryHex(text, pos + 2, 4, out var u):
                sb.Append((char)u);
                return pos + 6;
            case 'U' when TryHex(text, pos + 2, 8, out var big) && big <= 0x10FFFF:
                sb.Append(char.ConvertFromUtf32(big));
                return pos + 10;
            default:
                // Python keeps unknown escapes as written.
                sb.Append('\\').Append(e);
                return pos + 2;
        }
    }

    private static bool TryHex(string text, int pos, int digits, out int value)
    {
        value = 0;
        return pos + digits <= text.Length
            && int.TryParse(text.AsSpan(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>End of an unquoted value: the ")" that closes the call, or a "," followed by <c>keyword=</c>.</summary>
    private static int FindBareEnd(string text, int pos, IReadOnlyCollection<string>? keywordNames)
    {
        var depth = 0;
        for (; pos < text.Length; pos++)
        {
            switch (text[pos])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return pos;
                case ')' or ']' or '}' when depth > 0:
                    depth--;
                    break;
                case ',' when depth == 0 && StartsKeyword(text, pos + 1, keywordNames):
                    return pos;
            }
        }

        return pos;
    }

    private static bool ContainsKeywordAssignment(string text, IReadOnlyCollection<string>? keywordNames)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsIdentifierStart(text[i]) && (i == 0 || !IsIdentifierPart(text[i - 1])) && StartsKeyword(text, i, keywordNames))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsKeyword(string text, int pos, IReadOnlyCollection<string>? keywordNames)
    {
        SkipWhitespace(text, ref pos);
        if (pos >= text.Length || !IsIdentifierStart(text[pos]))
        {
            return false;
        }

        var name = ReadIdentifier(text, ref pos);
        SkipWhitespace(text, ref pos);
        var isAssignment = pos < text.Length && text[pos] == '=' && (pos + 1 >= text.Length || text[pos + 1] != '=');
        return isAssignment && (keywordNames is null || keywordNames.Contains(name, StringComparer.OrdinalIgnoreCase));
    }
}
