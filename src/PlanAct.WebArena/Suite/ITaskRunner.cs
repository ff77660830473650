using PlanAct.WebArena.Results;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Suite;

/// <summary>Runs one task end to end (browser, agent, evaluation) and returns its result. The suite runner calls it concurrently.</summary>
public interface ITaskRunner
{
    /// <summary>Runs <paramref name="task"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="context">Per-task limits and locations.</param>
    /// <param name="cancellationToken">Cancelled on timeout or when the suite stops.</param>
    /// <returns>The result (errors inside the run may be returned as <see cref="TaskRunStatus.Error"/> or thrown).</returns>
    Task<TaskResult> RunAsync(WebArenaTask task, TaskRunContext context, CancellationToken cancellationToken);
}
