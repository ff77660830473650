namespace PlanAct.Plugins.Browser;

/// <summary>
/// Decides which URLs a session may navigate to: http(s) URLs on an allowed origin (any origin when the
/// allow-list is empty) and <c>about:blank</c>. <c>file:</c>, <c>javascript:</c>, <c>chrome:</c>, <c>data:</c>,
/// other <c>about:</c> pages and every other scheme are refused. Pure; no I/O.
/// </summary>
public sealed class UrlPolicy
{
    private readonly HashSet<string> _origins;

    /// <summary>Creates a policy.</summary>
    /// <param name="allowedOrigins">Allowed origins (<c>scheme://host[:port]</c>; a trailing slash or path is ignored). Empty allows every http(s) origin.</param>
    /// <exception cref="ArgumentException">An entry is not an absolute http(s) URL.</exception>
    public UrlPolicy(IEnumerable<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        _origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in allowedOrigins)
        {
            _origins.Add(NormalizeOrigin(entry)
                ?? throw new ArgumentException($"Allowed origin '{entry}' is not an absolute http(s) URL such as http://127.0.0.1:8080.", nameof(allowedOrigins)));
        }
    }

    /// <summary>Whether every http(s) origin is allowed (the allow-list is empty).</summary>
    public bool AllowsAnyOrigin => _origins.Count == 0;

    /// <summary>The allowed origins, normalized (<c>http://host:port</c>).</summary>
    public IReadOnlyCollection<string> Origins => _origins;

    /// <summary>Returns the origin (<c>scheme://host:port</c>, default ports included) of an absolute http(s) URL, or null.</summary>
    /// <param name="url">Any text.</param>
    /// <returns>The normalized origin, or null when <paramref name="url"/> is not an absolute http(s) URL.</returns>
    public static string? NormalizeOrigin(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        return $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}".ToLowerInvariant();
    }

    /// <summary>Checks a URL.</summary>
    /// <param name="url">The URL the browser would navigate to.</param>
    /// <returns>Null when allowed; otherwise why it is refused, in words a model can act on.</returns>
    public string? Check(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (string.Equals(trimmed, "about:blank", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return "it is not an absolute URL (write it like http://host/path)";
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"{uri.Scheme}: URLs are not allowed (only http and https)";
        }

        if (_origins.Count == 0 || _origins.Contains(NormalizeOrigin(trimmed)!))
        {
            return null;
        }

        return "its origin is not allowed in this session";
    }
}
