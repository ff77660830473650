using System.Text.Json;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;

namespace PlanAct.Console.Validation;

/// <summary>
/// Validates task configs without needing the sites to be deployed: sites with no configured URL get a stand-in
/// (<c>http://&lt;site&gt;.invalid</c>) so the structure of every task can still be checked.
/// </summary>
internal static class TaskFileValidator
{
    /// <summary>Validates a file or folder of task configs.</summary>
    /// <param name="path">File (array or single task) or folder of <c>*.json</c>.</param>
    /// <param name="configured">Site URLs from configuration (may be empty).</param>
    public static TaskValidationReport ValidatePath(string path, SiteUrls configured)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(configured);
        var texts = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.json").Select(File.ReadAllText).ToList()
            : File.Exists(path) ? [File.ReadAllText(path)] : [];
        var urls = WithStandIns(texts, configured, out var standIns);
        try
        {
            return new TaskValidationReport(path, new TaskConfigLoader(urls).Load(path), [], standIns);
        }
        catch (TaskConfigException ex)
        {
            return new TaskValidationReport(path, [], ex.Errors, standIns);
        }
    }

    /// <summary>Validates config text (e.g. the demo's embedded tasks).</summary>
    public static TaskValidationReport ValidateText(string json, string source, SiteUrls configured)
    {
        var urls = WithStandIns([json], configured, out var standIns);
        try
        {
            return new TaskValidationReport(source, new TaskConfigLoader(urls).Parse(json, source), [], standIns);
        }
        catch (TaskConfigException ex)
        {
            return new TaskValidationReport(source, [], ex.Errors, standIns);
        }
    }

    private static SiteUrls WithStandIns(IReadOnlyList<string> texts, SiteUrls configured, out IReadOnlyList<string> standIns)
    {
        var needed = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            foreach (var placeholder in SiteUrls.FindPlaceholders(text))
            {
                var known = KnownSites.All.FirstOrDefault(s => s.Placeholder == placeholder);
                needed.Add(known?.Key ?? placeholder.Trim('_').ToLowerInvariant());
            }

            foreach (var site in SiteNames(text))
            {
                needed.Add(site);
            }
        }

        var missing = needed.Where(s => configured.Get(s) is null).ToList();
        standIns = missing;
        var all = configured.All.Concat(missing.Select(s => new KeyValuePair<string, string>(s, $"http://{s.Replace('_', '-')}.invalid")));
        return new SiteUrls(all);
    }

    private static IEnumerable<string> SiteNames(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var tasks = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
            return [.. tasks
                .Where(t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("sites", out var s) && s.ValueKind == JsonValueKind.Array)
                .SelectMany(t => t.GetProperty("sites").EnumerateArray())
                .Where(s => s.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(s.GetString()))
                .Select(s => s.GetString()!)];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
