namespace PlanAct.WebArena.Login;

/// <summary>Decides whether a URL is still a site's login page (pure; no browser).</summary>
internal static class LoginPage
{
    /// <summary>
    /// True when <paramref name="url"/>'s path is the path the login page was served at (<paramref name="landedPath"/>), or lies
    /// under <paramref name="loginPath"/>, the full path of a login page that is not the site root, else empty (Magento adds <c>referer/…</c> segments). Trailing slashes and case are ignored.
    /// </summary>
    public static bool Contains(string url, string landedPath, string loginPath)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(landedPath);
        ArgumentNullException.ThrowIfNull(loginPath);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var path = Normalize(uri.AbsolutePath);
        if (string.Equals(path, Normalize(landedPath), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var configured = Normalize(loginPath);
        return configured.Length > 0
            && (string.Equals(path, configured, StringComparison.OrdinalIgnoreCase) || path.StartsWith(configured + "/", StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string path) => path.TrimEnd('/');
}
