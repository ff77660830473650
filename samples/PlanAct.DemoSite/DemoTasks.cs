using System.Reflection;

namespace PlanAct.DemoSite;

/// <summary>
/// The demo site's own tasks, in WebArena's task-config format (a JSON array like
/// <c>test.raw.json</c>). URLs in the file use one placeholder per site, as WebArena does:
/// <see cref="ShopPlaceholder"/> for <see cref="DemoSiteServer.BaseUrl"/> and <see cref="ForumPlaceholder"/> for
/// <see cref="DemoSiteServer.ForumUrl"/>; a harness replaces them (plain text replace before parsing) using
/// <see cref="SiteUrls(string)"/>.
/// </summary>
public static class DemoTasks
{
    /// <summary>Site key of the shop (tasks' <c>sites</c> array).</summary>
    public const string ShopSite = "demo_shop";

    /// <summary>Site key of the forum (tasks' <c>sites</c> array).</summary>
    public const string ForumSite = "demo_forum";

    /// <summary>Placeholder for the shop's URL (<see cref="DemoSiteServer.BaseUrl"/>).</summary>
    public const string ShopPlaceholder = "__DEMO_SHOP__";

    /// <summary>Placeholder for the forum's URL (<see cref="DemoSiteServer.ForumUrl"/>).</summary>
    public const string ForumPlaceholder = "__DEMO_FORUM__";

    /// <summary>The site keys used in the tasks' <c>sites</c> arrays.</summary>
    public static IReadOnlyList<string> Sites { get; } = [ShopSite, ForumSite];

    /// <summary>Site key → URL for a demo site running at <paramref name="baseUrl"/> (for a harness's site map).</summary>
    public static IReadOnlyDictionary<string, string> SiteUrls(string baseUrl)
    {
        var root = CheckBaseUrl(baseUrl);
        return new Dictionary<string, string>(StringComparer.Ordinal) { [ShopSite] = root, [ForumSite] = root + "/forum" };
    }

    private const string ResourceName = "PlanAct.DemoSite.Tasks.demo.raw.json";

    /// <summary>The task file as stored, with its placeholder tokens.</summary>
    public static string ReadRawJson()
    {
        using var stream = typeof(DemoTasks).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(DemoTasks).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The task file with the placeholders replaced for a demo site at <paramref name="baseUrl"/> (trailing slash removed).</summary>
    public static string ReadJson(string baseUrl)
    {
        var urls = SiteUrls(baseUrl);
        return ReadRawJson()
            .Replace(ForumPlaceholder, urls[ForumSite], StringComparison.Ordinal)
            .Replace(ShopPlaceholder, urls[ShopSite], StringComparison.Ordinal);
    }

    private static string CheckBaseUrl(string baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Base URL \"{baseUrl}\" is not an absolute http(s) URL.", nameof(baseUrl));
        }

        return baseUrl.TrimEnd('/');
    }

    /// <summary>Writes the substituted task file to <paramref name="path"/> and returns the path.</summary>
    public static async Task<string> WriteAsync(string path, string baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(path, ReadJson(baseUrl), cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>Names of the embedded task resources (for diagnostics).</summary>
    public static IReadOnlyList<string> ResourceNames =>
        [.. Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal))];
}
