namespace PlanAct.WebArena.Evaluation;

/// <summary><c>url_match</c>: compares the final page URL with the reference URL(s) under the Lite or Original rules.</summary>
public static class UrlMatchEvaluator
{
    /// <summary>The evaluator's name in verdicts.</summary>
    public const string Name = "url_match";

    /// <summary>The rule under which a reference only needs to be contained in the prediction.</summary>
    public const string GoldInPred = "GOLD in PRED";

    /// <summary>Scores <paramref name="predictedUrl"/>.</summary>
    /// <param name="referenceUrl">The reference, alternatives joined by <c> |OR| </c>.</param>
    /// <param name="urlNote">The task's <c>url_note</c>, or <see langword="null"/>.</param>
    /// <param name="predictedUrl">The URL of the page the agent finished on.</param>
    /// <param name="variant">Which rules.</param>
    /// <returns>The verdict.</returns>
    public static EvaluatorVerdict Evaluate(string referenceUrl, string? urlNote, string predictedUrl, UrlMatchVariant variant)
    {
        ArgumentNullException.ThrowIfNull(referenceUrl);
        ArgumentNullException.ThrowIfNull(predictedUrl);
        var references = referenceUrl.Split(Evaluation.StringMatchRules.OrSeparator);
        return variant == UrlMatchVariant.Lite
            ? EvaluateLite(references, urlNote, predictedUrl)
            : EvaluateOriginal(references, urlNote, predictedUrl);
    }

    private static EvaluatorVerdict EvaluateLite(string[] references, string? urlNote, string predictedUrl)
    {
        var rule = string.IsNullOrEmpty(urlNote) ? "EXACT" : urlNote;
        var prediction = CleanLite(predictedUrl);
        var cleaned = references.Select(CleanLite).ToList();
        var lines = new List<string> { $"rule: {rule} (Lite)", $"prediction (cleaned): {prediction}" };
        bool pass;
        if (rule == GoldInPred)
        {
            pass = cleaned.Any(r => prediction.Contains(r, StringComparison.Ordinal));
            lines.AddRange(cleaned.Select(r => $"reference {r} in prediction → {StringMatchEvaluator.Pass(prediction.Contains(r, StringComparison.Ordinal))}"));
        }
        else if (rule == "EXACT")
        {
            pass = cleaned.Contains(prediction, StringComparer.Ordinal);
            lines.AddRange(cleaned.Select(r => $"reference {r} == prediction → {StringMatchEvaluator.Pass(r == prediction)}"));
        }
        else
        {
            throw new NotSupportedException($"url_note '{urlNote}' is not a known rule; valid: \"{GoldInPred}\", \"EXACT\".");
        }

        return new EvaluatorVerdict(Name, pass ? 1 : 0, lines);
    }

    private static EvaluatorVerdict EvaluateOriginal(string[] references, string? urlNote, string predictedUrl)
    {
        var rule = string.IsNullOrEmpty(urlNote) ? GoldInPred : urlNote;
        if (rule != GoldInPred)
        {
            throw new NotSupportedException($"The original WebArena url_match supports only \"{GoldInPred}\", not '{rule}'.");
        }

        var prediction = ParsedUrl.Parse(predictedUrl.TrimEnd('/'));
        var parsed = references.Select(r => ParsedUrl.Parse(r.TrimEnd('/'))).ToList();
        var lines = new List<string> { "rule: GOLD in PRED (Original)", $"prediction host+path: {prediction.HostAndPath}" };
        var basePass = parsed.Any(r => prediction.HostAndPath.Contains(r.HostAndPath, StringComparison.Ordinal));
        lines.AddRange(parsed.Select(r => $"reference host+path {r.HostAndPath} in prediction → {StringMatchEvaluator.Pass(prediction.HostAndPath.Contains(r.HostAndPath, StringComparison.Ordinal))}"));

        var referenceQuery = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var reference in parsed)
        {
            foreach (var (key, values) in reference.Query)
            {
                if (!referenceQuery.TryGetValue(key, out var set))
                {
                    referenceQuery[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(values);
            }
        }

        var queryPass = true;
        foreach (var (key, values) in referenceQuery)
        {
            var predicted = prediction.Query.TryGetValue(key, out var p) ? p : [];
            var ok = values.Any(predicted.Contains);
            lines.Add($"query {key}: one of [{string.Join(", ", values)}] in prediction's [{string.Join(", ", predicted)}] → {StringMatchEvaluator.Pass(ok)}");
            queryPass &= ok;
        }

        return new EvaluatorVerdict(Name, basePass && queryPass ? 1 : 0, lines);
    }

    /// <summary>VAB's URL cleaning: <c>localhost</c> → <c>127.0.0.1</c>, one trailing slash removed.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The cleaned URL.</returns>
    public static string CleanLite(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return url.EndsWith('/') ? url[..^1] : url;
    }
}
