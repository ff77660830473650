using System.Text;
using System.Text.RegularExpressions;

namespace PlanAct.Agents.Trajectory;

/// <summary>Saves a task's trajectory as <c>&lt;task-id&gt;.json</c> and <c>&lt;task-id&gt;.html</c> in a folder.</summary>
public static partial class TrajectoryStore
{
    /// <summary>Writes both files.</summary>
    /// <param name="directory">The folder (created if missing).</param>
    /// <param name="document">The trajectory.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The JSON and HTML paths.</returns>
    public static async Task<(string JsonPath, string HtmlPath)> SaveAsync(string directory, TrajectoryDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, SafeName(document.Task.Id));
        var jsonPath = stem + ".json";
        var htmlPath = stem + ".html";
        await File.WriteAllTextAsync(jsonPath, TrajectoryJsonWriter.Render(document), Encoding.UTF8, cancellationToken);
        await File.WriteAllTextAsync(htmlPath, TrajectoryHtmlWriter.Render(document), Encoding.UTF8, cancellationToken);
        return (jsonPath, htmlPath);
    }

    /// <summary>A file-name-safe form of a task id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Letters, digits, '-', '_' and '.', other characters replaced by '_'.</returns>
    public static string SafeName(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var safe = Unsafe().Replace(id, "_").Trim('.');
        return safe.Length == 0 ? "task" : safe;
    }

    [GeneratedRegex(@"[^A-Za-z0-9_.\-]")]
    private static partial Regex Unsafe();
}
