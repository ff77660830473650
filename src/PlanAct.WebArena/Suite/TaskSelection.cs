using System.Globalization;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Suite;

/// <summary>Selects tasks by ids and ranges (<c>0-9,15,20-22</c>) and by site groups.</summary>
public sealed class TaskSelection
{
    private readonly List<(int From, int To)> _ranges = [];
    private readonly HashSet<string> _sites = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Everything.</summary>
    public static TaskSelection All => new();

    /// <summary>Parses a selection.</summary>
    /// <param name="ids">Ids and ranges separated by commas, e.g. <c>0-9,15</c>; empty selects every id.</param>
    /// <param name="sites">Site keys or <c>multi-site</c>, comma-separated; empty selects every site.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="FormatException">A part is not an id or range.</exception>
    public static TaskSelection Parse(string? ids, string? sites = null)
    {
        var selection = new TaskSelection();
        foreach (var part in (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0
                && int.TryParse(part[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                && from <= to)
            {
                selection._ranges.Add((from, to));
            }
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                selection._ranges.Add((id, id));
            }
            else
            {
                throw new FormatException($"Task selection part '{part}' is not an id (12) or an inclusive range (10-20).");
            }
        }

        foreach (var site in (sites ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            selection._sites.Add(site);
        }

        return selection;
    }

    /// <summary>Whether <paramref name="task"/> is selected. A site filter matches the task's group or any of its sites.</summary>
    /// <param name="task">The task.</param>
    /// <returns>Whether it is selected.</returns>
    public bool Matches(WebArenaTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var idOk = _ranges.Count == 0 || _ranges.Any(r => task.TaskId >= r.From && task.TaskId <= r.To);
        var siteOk = _sites.Count == 0 || _sites.Contains(task.SiteGroup) || (task.Sites.Count == 1 && task.Sites.Any(_sites.Contains));
        return idOk && siteOk;
    }

    /// <summary>The selected tasks, in id order.</summary>
    /// <param name="tasks">All tasks.</param>
    /// <returns>The selection.</returns>
    public IReadOnlyList<WebArenaTask> Apply(IEnumerable<WebArenaTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return tasks.Where(Matches).OrderBy(t => t.TaskId).ToList();
    }
}
