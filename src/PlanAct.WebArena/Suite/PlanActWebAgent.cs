using System.Globalization;
using PlanAct.Agents.Running;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Suite;

/// <summary>
/// Adapts the Plan-and-Act agents (<see cref="PlanActRunner"/>) to <see cref="IWebAgent"/>: the planner and executor
/// work on the task's session starting from the page already open, and their result becomes an <see cref="AgentOutcome"/>.
/// Model and browser failures become <see cref="AgentOutcome.Error"/>; other early stops (step limit, repeated actions…)
/// are evaluated with the answer <c>Early stop: &lt;reason&gt;</c>, as WebArena does. The per-task cost budget is the
/// runner's <see cref="AgentOptions.MaxTaskCostUsd"/>; the suite also checks the cost afterwards.
/// </summary>
public sealed class PlanActWebAgent : IWebAgent
{
    private readonly Func<WebArenaTask, TaskRunContext, PlanActRunner> _runners;
    private readonly Action<PlanActProgress>? _progress;

    /// <summary>Creates the adapter over one runner shared by all tasks.</summary>
    /// <param name="runner">The runner.</param>
    /// <param name="progress">Receives each task's progress events as they happen (task started, planner turns, steps, task ended); called from worker threads, concurrently when tasks run in parallel.</param>
    public PlanActWebAgent(PlanActRunner runner, Action<PlanActProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runners = (_, _) => runner;
        _progress = progress;
    }

    /// <summary>Creates the adapter with a runner per task (e.g. with per-task options or usage-scoped clients).</summary>
    /// <param name="runners">Creates the runner for a task.</param>
    /// <param name="progress">Receives each task's progress events as they happen; called from worker threads, concurrently when tasks run in parallel.</param>
    public PlanActWebAgent(Func<WebArenaTask, TaskRunContext, PlanActRunner> runners, Action<PlanActProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(runners);
        _runners = runners;
        _progress = progress;
    }

    /// <inheritdoc />
    public async Task<AgentOutcome> RunAsync(WebArenaTask task, BrowserSession session, TaskRunContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(context);
        var webTask = new WebTask(task.TaskId.ToString(CultureInfo.InvariantCulture), task.Intent, session.CurrentUrl);
        TaskResult? result = null;
        await foreach (var progress in _runners(task, context).RunStreamingAsync(webTask, session, cancellationToken))
        {
            _progress?.Invoke(progress);
            result = progress.Result ?? result;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (result is null)
        {
            throw new InvalidOperationException($"The agents ended task {task.TaskId} without a result.");
        }

        return ToOutcome(result);
    }

    /// <summary>The outcome the harness records for an agents' result.</summary>
    /// <param name="result">The agents' result.</param>
    /// <returns>The outcome.</returns>
    public static AgentOutcome ToOutcome(TaskResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failed = result.Status is WebTaskStatus.ModelError or WebTaskStatus.BrowserError or WebTaskStatus.Cancelled;
        var answer = result.Status switch
        {
            WebTaskStatus.Completed => result.Answer?.Trim() ?? "",
            WebTaskStatus.BudgetExceeded => "",
            _ when failed => "",
            _ => $"Early stop: {result.Reason}",
        };
        return new AgentOutcome
        {
            Answer = answer,
            Status = result.Status.ToString(),
            Reason = result.Reason,
            Error = failed ? $"{result.Status}: {result.Reason}" : null,
            BudgetExceeded = result.Status == WebTaskStatus.BudgetExceeded,
            Steps = result.Steps,
            InputTokens = result.PlannerUsage.InputTokens + result.ExecutorUsage.InputTokens,
            OutputTokens = result.PlannerUsage.OutputTokens + result.ExecutorUsage.OutputTokens,
            CostUsd = result.TotalCostUsd,
            TrajectoryPath = result.TrajectoryHtmlPath ?? result.TrajectoryJsonPath,
        };
    }
}
