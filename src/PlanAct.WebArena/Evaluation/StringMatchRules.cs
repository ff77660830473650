using System.Globalization;

namespace PlanAct.WebArena.Evaluation;

/// <summary>The string rules of WebArena-Lite's evaluator (VAB): answer cleaning, exact match, tokenised/substring inclusion.</summary>
public static class StringMatchRules
{
    /// <summary>The separator of alternatives inside one reference item.</summary>
    public const string OrSeparator = " |OR| ";

    /// <summary>Removes one pair of surrounding quotes (<c>'…'</c> or <c>"…"</c>) and lowercases. Does not trim (as VAB).</summary>
    /// <param name="answer">The text.</param>
    /// <returns>The cleaned text.</returns>
    public static string Clean(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Length >= 1 && answer.StartsWith('\'') && answer.EndsWith('\''))
        {
            answer = answer.Length >= 2 ? answer[1..^1] : "";
        }
        else if (answer.Length >= 1 && answer.StartsWith('"') && answer.EndsWith('"'))
        {
            answer = answer.Length >= 2 ? answer[1..^1] : "";
        }

        return answer.ToLowerInvariant();
    }

    /// <summary>Cleaned equality.</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="prediction">The prediction.</param>
    /// <returns>Whether they are equal after cleaning.</returns>
    public static bool ExactMatch(string reference, string prediction) => string.Equals(Clean(reference), Clean(prediction), StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="reference"/> is included in <paramref name="prediction"/>: when the cleaned reference is one
    /// token, it must equal a token of the prediction (tokens containing <c>/</c> also contribute their pieces);
    /// otherwise it must be a substring.
    /// </summary>
    /// <param name="reference">One alternative of a reference item.</param>
    /// <param name="prediction">The prediction.</param>
    /// <returns>Whether it is included.</returns>
    public static bool Includes(string reference, string prediction)
    {
        var cleanReference = Clean(reference);
        var cleanPrediction = Clean(prediction);
        if (TreebankTokenizer.Tokenize(cleanReference).Count == 1)
        {
            return PredictionTokens(cleanPrediction).Contains(cleanReference);
        }

        return cleanPrediction.Contains(cleanReference, StringComparison.Ordinal);
    }

    /// <summary>Whether any <c> |OR| </c> alternative of <paramref name="item"/> is included in <paramref name="prediction"/>.</summary>
    /// <param name="item">A reference item, possibly with alternatives.</param>
    /// <param name="prediction">The prediction.</param>
    /// <returns>Whether one alternative is included.</returns>
    public static bool IncludesAny(string item, string prediction)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Split(OrSeparator).Any(alternative => Includes(alternative, prediction));
    }

    /// <summary>The tokens the inclusion check compares with: the prediction's tokens plus the <c>/</c>-separated pieces.</summary>
    /// <param name="cleanPrediction">The cleaned prediction.</param>
    /// <returns>The tokens.</returns>
    public static HashSet<string> PredictionTokens(string cleanPrediction)
    {
        var tokens = TreebankTokenizer.Tokenize(cleanPrediction);
        var set = new HashSet<string>(tokens, StringComparer.Ordinal);
        foreach (var token in tokens.Where(t => t.Contains('/', StringComparison.Ordinal)))
        {
            set.UnionWith(token.Split('/'));
        }

        return set;
    }

    /// <summary>Checks a <c>required_values</c> condition such as <c>&lt; 700</c> against a prediction parsed as a number (commas removed).</summary>
    /// <param name="condition">An operator (<c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>==</c>, <c>!=</c>) and a number.</param>
    /// <param name="prediction">The prediction.</param>
    /// <returns>Whether the condition holds; <see langword="false"/> when the prediction is not a number.</returns>
    public static bool SatisfiesValue(string condition, string prediction)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(prediction);
        var text = condition.Trim();
        string[] operators = ["<=", ">=", "==", "!=", "<", ">"];
        var op = operators.FirstOrDefault(o => text.StartsWith(o, StringComparison.Ordinal))
            ?? throw new FormatException($"required_values condition '{condition}' must start with one of {string.Join(" ", operators)}");
        var reference = double.Parse(text[op.Length..].Trim(), CultureInfo.InvariantCulture);
        if (!double.TryParse(prediction.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        const double tolerance = 1e-8;
        return op switch
        {
            "<" => value < reference - tolerance,
            "<=" => value <= reference + tolerance,
            ">" => value > reference + tolerance,
            ">=" => value >= reference - tolerance,
            "==" => Math.Abs(value - reference) <= tolerance,
            _ => Math.Abs(value - reference) > tolerance,
        };
    }
}
