using PlanAct.WebArena.Results;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;

namespace PlanAct.Console.Running;

/// <summary>Wraps a task runner to print each scored result as soon as it is known.</summary>
internal sealed class ReportingTaskRunner(ITaskRunner inner, LiveProgress progress) : ITaskRunner
{
    /// <inheritdoc />
    public async Task<TaskResult> RunAsync(WebArenaTask task, TaskRunContext context, CancellationToken cancellationToken)
    {
        var result = await inner.RunAsync(task, context, cancellationToken);
        progress.Finished(result);
        return result;
    }
}
