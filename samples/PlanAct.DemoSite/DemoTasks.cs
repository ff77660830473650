using System.Reflection;

namespace PlanAct.DemoSite;

/// <summary>
/// The demo site's own tasks, in WebArena's task-config format (a JSON array like
/// <c>test.raw.json</c>). URLs in the file use the <see cref="Placeholder"/> token, which a harness
/// replaces with <see cref="DemoSiteServer.BaseUrl"/> (plain text replace before parsing, as WebArena does).
/// </summary>
public static class DemoTasks
{
    /// <summary>The placeholder for the site's base URL used throughout the task file.</summary>
    public const string Placeholder = "__DEMO__";

    /// <summary>The site names used in the tasks' <c>sites</c> arrays.</summary>
    public static IReadOnlyList<string> Sites { get; } = ["demo_shop", "demo_forum"];

    private const string ResourceName = "PlanAct.DemoSite.Tasks.demo.raw.json";

    /// <summary>The task file as stored, with <see cref="Placeholder"/> tokens.</summary>
    public static string ReadRawJson()
    {
        using var stream = typeof(DemoTasks).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(DemoTasks).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The task file with <see cref="Placeholder"/> replaced by <paramref name="baseUrl"/> (trailing slash removed).</summary>
    public static string ReadJson(string baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Base URL \"{baseUrl}\" is not an absolute http(s) URL.", nameof(baseUrl));
        }

        return ReadRawJson().Replace(Placeholder, baseUrl.TrimEnd('/'), StringComparison.Ordinal);
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
