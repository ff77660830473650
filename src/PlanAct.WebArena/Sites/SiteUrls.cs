using System.Text.RegularExpressions;

namespace PlanAct.WebArena.Sites;

/// <summary>The deployment URL of each site (no trailing slash), and placeholder substitution over config text.</summary>
public sealed partial class SiteUrls
{
    private readonly Dictionary<string, string> _urls;

    /// <summary>Creates the map from site key to base URL.</summary>
    /// <param name="urls">Site key → URL (scheme included). Trailing slashes are removed.</param>
    public SiteUrls(IEnumerable<KeyValuePair<string, string>> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        _urls = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, url) in urls)
        {
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(url))
            {
                continue;
            }

            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"The URL of site '{key}' is '{url}', which is not an absolute http(s) URL (e.g. http://10.0.0.5:7770).", nameof(urls));
            }

            _urls[key.Trim()] = url.Trim().TrimEnd('/');
        }
    }

    /// <summary>The configured sites and their URLs.</summary>
    public IReadOnlyDictionary<string, string> All => _urls;

    /// <summary>The URL of <paramref name="siteKey"/>, or <see langword="null"/> when none is set.</summary>
    /// <param name="siteKey">A site key.</param>
    /// <returns>The base URL without trailing slash.</returns>
    public string? Get(string siteKey) => _urls.TryGetValue(siteKey, out var url) ? url : null;

    /// <summary>Replaces every known placeholder (<c>__SHOPPING__</c>, custom <c>__KEY__</c>, …) in <paramref name="text"/>.</summary>
    /// <param name="text">Config text.</param>
    /// <param name="jsonEscape">Escape the URLs for use inside JSON strings.</param>
    /// <returns>The substituted text.</returns>
    public string Substitute(string text, bool jsonEscape = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (key, url) in _urls)
        {
            var value = jsonEscape ? System.Text.Json.JsonEncodedText.Encode(url).ToString() : url;
            text = text.Replace(KnownSites.Get(key).Placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The placeholders (e.g. <c>__GITLAB__</c>) left in <paramref name="text"/>.</summary>
    /// <param name="text">Text after substitution.</param>
    /// <returns>Distinct placeholder names, in order of appearance.</returns>
    public static IReadOnlyList<string> FindPlaceholders(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("__[A-Z][A-Z0-9_]*?__")]
    private static partial Regex PlaceholderPattern();
}
