using System.Globalization;
using System.Text.Json;
using PlanAct.WebArena.Sites;

namespace PlanAct.WebArena.Tasks;

/// <summary>
/// Loads WebArena task configs: a raw file holding a JSON array (as WebArena-Lite ships), a file holding one task,
/// or a folder of <c>&lt;id&gt;.json</c> files (WebArena's <c>config_files/</c>). Placeholders are replaced from
/// <see cref="SiteUrls"/> before parsing; every task is validated and all problems are reported together.
/// </summary>
public sealed class TaskConfigLoader
{
    private const string AndSeparator = " |AND| ";
    private readonly SiteUrls _siteUrls;

    /// <summary>Creates a loader substituting the given site URLs.</summary>
    /// <param name="siteUrls">Site URLs for placeholders; tasks naming a site without a URL fail validation.</param>
    public TaskConfigLoader(SiteUrls siteUrls)
    {
        ArgumentNullException.ThrowIfNull(siteUrls);
        _siteUrls = siteUrls;
    }

    /// <summary>Loads a file or a folder of task configs.</summary>
    /// <param name="path">A JSON file (array or single task) or a folder of <c>*.json</c> task files.</param>
    /// <returns>The tasks sorted by id.</returns>
    /// <exception cref="TaskConfigException">Any file or task is malformed.</exception>
    public IReadOnlyList<WebArenaTask> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            return LoadFolder(path);
        }

        if (!File.Exists(path))
        {
            throw new TaskConfigException([new TaskConfigError(path, null, "(file)", "no such file or folder")]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Loads every <c>*.json</c> file of a folder (WebArena's <c>config_files/&lt;id&gt;.json</c> layout).</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The tasks sorted by id.</returns>
    public IReadOnlyList<WebArenaTask> LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = Directory.GetFiles(folder, "*.json");
        var numbered = files.Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToArray();
        var chosen = numbered.Length > 0 ? numbered : files;
        return ParseMany(chosen.Select(f => (File.ReadAllText(f), f)));
    }

    /// <summary>Parses config JSON text: an array of tasks or one task.</summary>
    /// <param name="json">The JSON text, with placeholders.</param>
    /// <param name="source">Name used in error messages (usually the file path).</param>
    /// <returns>The tasks sorted by id.</returns>
    public IReadOnlyList<WebArenaTask> Parse(string json, string source) => ParseMany([(json, source)]);

    private List<WebArenaTask> ParseMany(IEnumerable<(string Json, string Source)> inputs)
    {
        var errors = new List<TaskConfigError>();
        var tasks = new List<WebArenaTask>();
        foreach (var (json, source) in inputs)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException ex)
            {
                errors.Add(new TaskConfigError(source, null, "(json)", $"not valid JSON: {ex.Message}"));
                continue;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var element in root.EnumerateArray())
                    {
                        ParseOne(element, $"{source}[{index}]", source, tasks, errors);
                        index++;
                    }
                }
                else if (root.ValueKind == JsonValueKind.Object)
                {
                    ParseOne(root, source, source, tasks, errors);
                }
                else
                {
                    errors.Add(new TaskConfigError(source, null, "(root)", $"expected a task object or an array of tasks, got {root.ValueKind}"));
                }
            }
        }

        foreach (var duplicate in tasks.GroupBy(t => t.TaskId).Where(g => g.Count() > 1))
        {
            errors.Add(new TaskConfigError(duplicate.First().Source, duplicate.Key, "task_id", $"the id appears {duplicate.Count()} times (in {string.Join(", ", duplicate.Select(t => t.Source).Distinct())})"));
        }

        if (errors.Count > 0)
        {
            throw new TaskConfigException(errors);
        }

        tasks.Sort((a, b) => a.TaskId.CompareTo(b.TaskId));
        return tasks;
    }

    private void ParseOne(JsonElement raw, string location, string source, List<WebArenaTask> tasks, List<TaskConfigError> errors)
    {
        if (raw.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new TaskConfigError(location, null, "(task)", $"expected a task object, got {raw.ValueKind}"));
            return;
        }

        using var substituted = JsonDocument.Parse(_siteUrls.Substitute(raw.GetRawText(), jsonEscape: true));
        var reader = new TaskFieldReader(location, errors);
        var task = reader.ReadTask(substituted.RootElement);
        if (task is null)
        {
            return;
        }

        var before = errors.Count;
        ValidateSites(task, substituted.RootElement.GetRawText(), reader);
        if (errors.Count == before)
        {
            tasks.Add(task with { Source = source });
        }
    }

    private void ValidateSites(WebArenaTask task, string substitutedText, TaskFieldReader reader)
    {
        foreach (var site in task.Sites)
        {
            if (_siteUrls.Get(site) is null)
            {
                reader.Error("sites", $"site '{site}' has no URL: {HowToSet(KnownSites.Get(site))}");
            }
        }

        foreach (var placeholder in SiteUrls.FindPlaceholders(substitutedText))
        {
            var site = KnownSites.All.FirstOrDefault(s => s.Placeholder == placeholder) ?? new SiteDefinition(placeholder.Trim('_').ToLowerInvariant(), null);
            if (_siteUrls.Get(site.Key) is null && task.Sites.Contains(site.Key, StringComparer.OrdinalIgnoreCase) is false)
            {
                reader.Error("(placeholders)", $"{placeholder} is used but has no URL: {HowToSet(site)}");
            }
        }

        for (var i = 0; i < task.StartUrls.Count; i++)
        {
            if (!Uri.TryCreate(task.StartUrls[i], UriKind.Absolute, out _))
            {
                reader.Error($"start_url[{i}]", $"'{task.StartUrls[i]}' is not an absolute URL after substitution");
            }
        }
    }

    private static string HowToSet(SiteDefinition site) =>
        $"set PlanAct:WebArena:Sites:{site.Key} in configuration, or the environment variable {site.BrowserGymEnvironmentName} or {site.EnvironmentName}";

    internal static IReadOnlyList<string> SplitStartUrl(string startUrl) =>
        startUrl.Split(AndSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
