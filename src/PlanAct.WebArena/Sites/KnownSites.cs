namespace PlanAct.WebArena.Sites;

/// <summary>The WebArena sites and the public hostnames WebArena's prompts show for them.</summary>
public static class KnownSites
{
    /// <summary>OneStopShop, the Magento storefront.</summary>
    public const string Shopping = "shopping";

    /// <summary>The Magento admin panel.</summary>
    public const string ShoppingAdmin = "shopping_admin";

    /// <summary>The Postmill forum.</summary>
    public const string Reddit = "reddit";

    /// <summary>GitLab.</summary>
    public const string GitLab = "gitlab";

    /// <summary>Kiwix Wikipedia.</summary>
    public const string Wikipedia = "wikipedia";

    /// <summary>OpenStreetMap.</summary>
    public const string Map = "map";

    /// <summary>The portal listing the sites.</summary>
    public const string Homepage = "homepage";

    /// <summary>The seven WebArena sites with their public hostnames.</summary>
    public static IReadOnlyList<SiteDefinition> All { get; } =
    [
        new(Shopping, "http://onestopmarket.com"),
        new(ShoppingAdmin, "http://luma.com/admin"),
        new(Reddit, "http://reddit.com"),
        new(GitLab, "http://gitlab.com"),
        new(Wikipedia, "http://wikipedia.org"),
        new(Map, "http://openstreetmap.org"),
        new(Homepage, "http://homepage.com"),
    ];

    /// <summary>The definition of <paramref name="key"/>: a known site, or a custom one without a public hostname.</summary>
    /// <param name="key">A site key.</param>
    /// <returns>The definition.</returns>
    public static SiteDefinition Get(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)) ?? new SiteDefinition(key, null);
    }
}
