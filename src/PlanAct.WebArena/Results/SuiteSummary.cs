using System.Globalization;
using System.Text;
using System.Text.Json;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Results;

/// <summary>Suite figures: success overall and per site group, mean steps, tokens and cost per task, wall time.</summary>
public sealed record SuiteSummary
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>All selected tasks together.</summary>
    public required GroupSummary Overall { get; init; }

    /// <summary>Per group, in the order of published tables (shopping, shopping_admin, gitlab, reddit, map, multi-site, then others).</summary>
    public required IReadOnlyList<GroupSummary> Groups { get; init; }

    /// <summary>Mean agent steps per finished task.</summary>
    public double MeanSteps { get; init; }

    /// <summary>Mean input tokens per finished task.</summary>
    public double MeanInputTokens { get; init; }

    /// <summary>Mean output tokens per finished task.</summary>
    public double MeanOutputTokens { get; init; }

    /// <summary>Mean cost per finished task, in US dollars.</summary>
    public decimal MeanCostUsd { get; init; }

    /// <summary>Total cost, in US dollars.</summary>
    public decimal TotalCostUsd { get; init; }

    /// <summary>Wall time of the run, in seconds.</summary>
    public double WallTimeSeconds { get; init; }

    /// <summary>Ids of tasks that errored, timed out or ran over budget.</summary>
    public IReadOnlyList<int> ErroredTaskIds { get; init; } = [];

    /// <summary>Ids of selected tasks without a result.</summary>
    public IReadOnlyList<int> MissingTaskIds { get; init; } = [];

    /// <summary>Computes the summary of <paramref name="results"/> for the selected <paramref name="tasks"/>.</summary>
    /// <param name="tasks">The selected tasks (defines the denominators and groups).</param>
    /// <param name="results">Results (those of other tasks are ignored; per task the last one counts).</param>
    /// <param name="wallTime">Wall time of the run.</param>
    /// <returns>The summary.</returns>
    public static SuiteSummary Compute(IReadOnlyList<WebArenaTask> tasks, IReadOnlyList<TaskResult> results, TimeSpan wallTime)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(results);
        var byId = new Dictionary<int, TaskResult>();
        var selected = tasks.Select(t => t.TaskId).ToHashSet();
        foreach (var result in results.Where(r => selected.Contains(r.TaskId)))
        {
            byId[result.TaskId] = result;
        }

        var groups = tasks.GroupBy(t => t.SiteGroup)
            .OrderBy(g => SiteGroups.Ordered.ToList().IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarize(g.Key, g.Select(t => t.TaskId).ToList(), byId))
            .ToList();
        var finished = byId.Values.ToList();
        return new SuiteSummary
        {
            Overall = Summarize("overall", tasks.Select(t => t.TaskId).ToList(), byId),
            Groups = groups,
            MeanSteps = finished.Count == 0 ? 0 : finished.Average(r => r.Steps),
            MeanInputTokens = finished.Count == 0 ? 0 : finished.Average(r => r.InputTokens),
            MeanOutputTokens = finished.Count == 0 ? 0 : finished.Average(r => r.OutputTokens),
            MeanCostUsd = finished.Count == 0 ? 0 : finished.Average(r => r.CostUsd),
            TotalCostUsd = finished.Sum(r => r.CostUsd),
            WallTimeSeconds = wallTime.TotalSeconds,
            ErroredTaskIds = [.. finished.Where(r => r.Status != TaskRunStatus.Completed).Select(r => r.TaskId).Order()],
            MissingTaskIds = [.. selected.Where(id => !byId.ContainsKey(id)).Order()],
        };
    }

    /// <summary>The summary as indented JSON.</summary>
    /// <returns>JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Writes <c>summary.json</c> and <c>summary.txt</c> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The output folder (created if missing).</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The paths written.</returns>
    public async Task<(string Json, string Table)> SaveAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, "summary.json");
        var table = Path.Combine(folder, "summary.txt");
        await File.WriteAllTextAsync(json, ToJson(), cancellationToken);
        await File.WriteAllTextAsync(table, ToTable(), cancellationToken);
        return (json, table);
    }

    /// <summary>The summary as a plain-text table.</summary>
    /// <returns>The table.</returns>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var builder = new StringBuilder();
        builder.AppendLine(c, $"{"group",-16} {"tasks",6} {"done",6} {"ok",6} {"errors",7} {"success",8}");
        foreach (var g in Groups.Append(Overall))
        {
            if (g == Overall)
            {
                builder.AppendLine(new string('-', 54));
            }

            builder.AppendLine(c, $"{g.Group,-16} {g.Tasks,6} {g.Finished,6} {g.Succeeded,6} {g.Errors,7} {g.SuccessRate,8:P1}");
        }

        builder.AppendLine(c, $"mean steps {MeanSteps:F1}, mean tokens {MeanInputTokens:F0} in / {MeanOutputTokens:F0} out, mean cost ${MeanCostUsd:F4}, total ${TotalCostUsd:F2}, wall time {TimeSpan.FromSeconds(WallTimeSeconds):hh\\:mm\\:ss}");
        if (ErroredTaskIds.Count > 0)
        {
            builder.AppendLine(c, $"errored: {string.Join(", ", ErroredTaskIds)}");
        }

        if (MissingTaskIds.Count > 0)
        {
            builder.AppendLine(c, $"not run: {MissingTaskIds.Count} task(s)");
        }

        return builder.ToString();
    }

    private static GroupSummary Summarize(string group, List<int> ids, Dictionary<int, TaskResult> byId)
    {
        var results = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        var succeeded = results.Count(r => r.Success);
        return new GroupSummary(
            group,
            ids.Count,
            results.Count,
            succeeded,
            results.Count(r => r.Status != TaskRunStatus.Completed),
            ids.Count == 0 ? 0 : (double)succeeded / ids.Count);
    }
}
