namespace PlanAct.WebArena.Evaluation;

/// <summary>A URL split the way Python's <c>urlparse</c> + <c>parse_qs</c> split it: host+path, and decoded query values per key.</summary>
/// <param name="HostAndPath">The network location followed by the path.</param>
/// <param name="Query">Decoded query values per decoded key (blank values dropped).</param>
internal sealed record ParsedUrl(string HostAndPath, IReadOnlyDictionary<string, List<string>> Query)
{
    public static ParsedUrl Parse(string url)
    {
        var rest = url;
        var fragment = rest.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            rest = rest[..fragment];
        }

        var queryText = "";
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            queryText = rest[(question + 1)..];
            rest = rest[..question];
        }

        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        var hostAndPath = scheme >= 0 ? rest[(scheme + 3)..] : rest;
        var query = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in queryText.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }

            var key = Decode(pair[..eq]);
            var value = Decode(pair[(eq + 1)..]);
            if (value.Length == 0)
            {
                continue;
            }

            if (!query.TryGetValue(key, out var list))
            {
                query[key] = list = [];
            }

            list.Add(value);
        }

        return new ParsedUrl(hostAndPath, query);
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
