using System.Text.RegularExpressions;

namespace PlanAct.WebArena.Evaluation;

/// <summary>
/// A port of the rules of NLTK's <c>word_tokenize</c> that matter for WebArena's <c>must_include</c>: a simple
/// sentence split (in place of Punkt) followed by the Treebank-style word rules (quotes, punctuation, brackets,
/// clitics, sentence-final periods; <c>,</c> and <c>:</c> kept before digits; <c>/</c> and <c>-</c> kept inside words).
/// </summary>
public static partial class TreebankTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "e.g", "i.e", "etc", "approx", "dept", "est", "fig",
    };

    private static readonly (Regex Pattern, string Replacement)[] Rules =
    [
        // starting quotes
        (new Regex("([«“‘„]|[`]+)"), " $1 "),
        (new Regex("^\""), "``"),
        (new Regex("(``)"), " $1 "),
        (new Regex("([ \\(\\[{<])(\"|'{2})"), "$1 `` "),
        (new Regex("(?i)(')(?!re|ve|ll|m|t|s|d|n)(\\w)\\b"), "$1 $2"),

        // punctuation
        (new Regex("([^\\.])(\\.)([\\]\\)}>\"']*)\\s*$"), "$1 $2 $3 "),
        (new Regex("([:,])([^\\d])"), " $1 $2"),
        (new Regex("([:,])$"), " $1 "),
        (new Regex("\\.{2,}"), " $0 "),
        (new Regex("[;@#$%&]"), " $0 "),
        (new Regex("([^\\.])(\\.)([\\]\\)}>\"']*)\\s*$"), "$1 $2 $3 "),
        (new Regex("[?!]"), " $0 "),
        (new Regex("([^'])' "), "$1 ' "),
        (new Regex("[*]"), " $0 "),

        // brackets and dashes
        (new Regex("[\\]\\[\\(\\)\\{\\}\\<\\>]"), " $0 "),
        (new Regex("--"), " -- "),
    ];

    private static readonly (Regex Pattern, string Replacement)[] EndingRules =
    [
        (new Regex("([»”’])"), " $1 "),
        (new Regex("''"), " '' "),
        (new Regex("\""), " '' "),
        (new Regex("([^' ])('[sS]|'[mM]|'[dD]|') "), "$1 $2 "),
        (new Regex("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), "$1 $2 "),
        (new Regex("(?i)\\b(can)(not)\\b"), " $1 $2 "),
        (new Regex("(?i)\\b(gim)(me)\\b"), " $1 $2 "),
        (new Regex("(?i)\\b(gon)(na)\\b"), " $1 $2 "),
        (new Regex("(?i)\\b(got)(ta)\\b"), " $1 $2 "),
        (new Regex("(?i)\\b(lem)(me)\\b"), " $1 $2 "),
        (new Regex("(?i)\\b(wan)(na)(?=\\s)"), " $1 $2 "),
    ];

    /// <summary>Splits <paramref name="text"/> into word tokens.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens.</returns>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        foreach (var sentence in SplitSentences(text))
        {
            tokens.AddRange(TokenizeSentence(sentence));
        }

        return tokens;
    }

    /// <summary>A stand-in for Punkt: breaks after <c>.</c>, <c>?</c> or <c>!</c> followed by white space, except after common abbreviations and initials.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentences.</returns>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        foreach (Match match in SentenceEnd().Matches(text))
        {
            var end = match.Index + match.Length;
            var word = text[start..end].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            var bare = word.TrimEnd('.', '"', '\'', ')', ']');
            if (word.EndsWith('.') && (bare.Length == 1 || Abbreviations.Contains(bare) || bare.Contains('.', StringComparison.Ordinal)))
            {
                continue;
            }

            sentences.Add(text[start..end]);
            start = end;
        }

        if (start < text.Length)
        {
            sentences.Add(text[start..]);
        }

        return sentences;
    }

    private static string[] TokenizeSentence(string text)
    {
        foreach (var (pattern, replacement) in Rules)
        {
            text = pattern.Replace(text, replacement);
        }

        text = " " + text + " ";
        foreach (var (pattern, replacement) in EndingRules)
        {
            text = pattern.Replace(text, replacement);
        }

        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex("[.?!][\"')\\]]*(?=\\s+\\S)")]
    private static partial Regex SentenceEnd();
}
