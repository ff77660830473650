using System.Globalization;
using PlanAct.Agents.Running;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Suite;

/// <summary>
/// Adapts the Plan-and-Act agents (<see cref="PlanActRunner"/>) to <see cref="IWebAgent"/>: the planner and executor
/// work on the task's session starting from the page already open, and their result becomes an <see cref="AgentOutcome"/>.
/// The per-task cost budget is the runner's <see cref="AgentOptions.MaxTaskCostUsd"/>; the suite also checks the cost afterwards.
/// </summary>
public sealed class PlanActWebAgent : IWebAgent
{
    private readonly Func<WebArenaTask, TaskRunContext, PlanActRunner> _runners;

    /// <summary>Creates the adapter over one runner shared by all tasks.</summary>
    /// <param name="runner">The runner.</param>
    public PlanActWebAgent(PlanActRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runners = (_, _) => runner;
    }

    /// <summary>Creates the adapter with a runner per task (e.g. with per-task options or usage-scoped clients).</summary>
    /// <param name="runners">Creates the runner for a task.</param>
    public PlanActWebAgent(Func<WebArenaTask, TaskRunContext, PlanActRunner> runners)
    {
        ArgumentNullException.ThrowIfNull(runners);
        _runners = runners;
    }

    /// <inheritdoc />
    public async Task<AgentOutcome> RunAsync(WebArenaTask task, BrowserSession session, TaskRunContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(context);
        var webTask = new WebTask(task.TaskId.ToString(CultureInfo.InvariantCulture), task.Intent, session.CurrentUrl);
        var result = await _runners(task, context).RunAsync(webTask, session, cancellationToken);
        if (result.Status == WebTaskStatus.Cancelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return new AgentOutcome
        {
            Answer = result.Answer?.Trim() ?? "",
            Status = result.Status.ToString(),
            Reason = result.Reason,
            BudgetExceeded = result.Status == WebTaskStatus.BudgetExceeded,
            Steps = result.Steps,
            InputTokens = result.PlannerUsage.InputTokens + result.ExecutorUsage.InputTokens,
            OutputTokens = result.PlannerUsage.OutputTokens + result.ExecutorUsage.OutputTokens,
            CostUsd = result.TotalCostUsd,
            TrajectoryPath = result.TrajectoryJsonPath,
        };
    }
}
