using PlanAct.Plugins.Browser;

namespace PlanAct.WebArena.Sites;

/// <summary>
/// Maps deployment URLs to the public-looking ones WebArena shows agents (e.g. <c>http://10.0.0.5:7770</c> ↔
/// <c>http://onestopmarket.com</c>) and back. Prefix replacement on whole URL segments; the longest prefix wins.
/// </summary>
public sealed class PublicUrlMapper : IUrlRewriter
{
    private readonly List<(string Local, string Public)> _byLocal;
    private readonly List<(string Local, string Public)> _byPublic;

    /// <summary>Creates a mapper from pairs of deployment base URL and public base URL.</summary>
    /// <param name="pairs">(local, public) base URLs; trailing slashes are ignored.</param>
    public PublicUrlMapper(IEnumerable<(string Local, string Public)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs
            .Where(p => !string.IsNullOrWhiteSpace(p.Local) && !string.IsNullOrWhiteSpace(p.Public))
            .Select(p => (p.Local.TrimEnd('/'), p.Public.TrimEnd('/')))
            .ToList();
        _byLocal = [.. list.OrderByDescending(p => p.Item1.Length)];
        _byPublic = [.. list.OrderByDescending(p => p.Item2.Length)];
    }

    /// <summary>A mapper that leaves URLs unchanged.</summary>
    public static PublicUrlMapper Identity { get; } = new([]);

    /// <summary>The mapper for <paramref name="urls"/> using the public hostnames of <see cref="KnownSites"/> and overrides.</summary>
    /// <param name="urls">The deployment URLs.</param>
    /// <param name="overrides">Site key → public base URL, replacing or adding to the defaults.</param>
    /// <returns>The mapper.</returns>
    public static PublicUrlMapper ForSites(SiteUrls urls, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var pairs = new List<(string, string)>();
        foreach (var (key, local) in urls.All)
        {
            string? publicUrl = null;
            if (overrides is not null)
            {
                publicUrl = overrides.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
            }

            publicUrl ??= KnownSites.Get(key).PublicUrl;
            if (publicUrl is not null)
            {
                pairs.Add((local, publicUrl));
            }
        }

        return new PublicUrlMapper(pairs);
    }

    /// <summary>The URL as agents see it.</summary>
    /// <param name="url">A deployment URL.</param>
    /// <returns>The public-looking URL, or <paramref name="url"/> when no site matches.</returns>
    public string ToPublic(string url) => Replace(url, _byLocal, toPublic: true);

    /// <summary>The deployment URL of a public-looking one (e.g. from a <c>goto</c> action).</summary>
    /// <param name="url">A URL an agent wrote.</param>
    /// <returns>The deployment URL, or <paramref name="url"/> when no site matches.</returns>
    public string ToLocal(string url) => Replace(url, _byPublic, toPublic: false);

    /// <summary>Replaces every deployment URL inside free text (e.g. an observation) with its public form.</summary>
    /// <param name="text">Text.</param>
    /// <returns>The text with public URLs.</returns>
    public string ToPublicInText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (local, pub) in _byLocal)
        {
            text = text.Replace(local, pub, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <inheritdoc />
    string IUrlRewriter.ToDisplay(string realUrl) => ToPublic(realUrl);

    /// <inheritdoc />
    string IUrlRewriter.ToReal(string displayUrl) => ToLocal(displayUrl);

    private static string Replace(string url, List<(string Local, string Public)> pairs, bool toPublic)
    {
        ArgumentNullException.ThrowIfNull(url);
        foreach (var (local, pub) in pairs)
        {
            var from = toPublic ? local : pub;
            var to = toPublic ? pub : local;
            if (url.StartsWith(from, StringComparison.OrdinalIgnoreCase)
                && (url.Length == from.Length || url[from.Length] is '/' or '?' or '#'))
            {
                return to + url[from.Length..];
            }
        }

        return url;
    }
}
