namespace PlanAct.WebArena.Sites;

/// <summary>
/// Builds <see cref="SiteUrls"/> from configuration and the environment variables of the original WebArena
/// (<c>SHOPPING</c>, …) and BrowserGym (<c>WA_SHOPPING</c>, …). Precedence: configuration, then <c>WA_*</c>, then plain.
/// </summary>
public static class SiteUrlResolver
{
    /// <summary>Resolves the URL of every known site and every configured custom site.</summary>
    /// <param name="configured">Site key → URL from configuration (may be empty).</param>
    /// <param name="environment">Reads an environment variable; defaults to <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    /// <returns>The URLs that are set.</returns>
    public static SiteUrls Resolve(IReadOnlyDictionary<string, string>? configured, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var keys = KnownSites.All.Select(s => s.Key).Concat(configured?.Keys ?? []).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            var site = KnownSites.Get(key);
            string? url = null;
            if (configured is not null)
            {
                url = configured.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
            }

            if (string.IsNullOrWhiteSpace(url))
            {
                url = environment(site.BrowserGymEnvironmentName);
            }

            if (string.IsNullOrWhiteSpace(url))
            {
                url = environment(site.EnvironmentName);
            }

            if (!string.IsNullOrWhiteSpace(url))
            {
                result[site.Key] = url;
            }
        }

        return new SiteUrls(result);
    }
}
