using System.Globalization;
using PlanAct.Agents.Running;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;
using AgentTaskResult = PlanAct.Agents.Running.TaskResult;
using SuiteTaskResult = PlanAct.WebArena.Results.TaskResult;

namespace PlanAct.WebArena.Agents;

/// <summary>
/// Runs a WebArena task with the Plan–Act agents: opens a fresh browser session (with the task's storage state)
/// on a shared <see cref="BrowserHost"/>, runs <see cref="PlanActRunner"/> from the first start URL, then scores
/// the final page and answer with the <see cref="TaskEvaluator"/>. Episodes that end early (step limit, repeated
/// actions…) are still scored, with the answer <c>Early stop: &lt;reason&gt;</c>, as WebArena does.
/// </summary>
public sealed class PlanActTaskRunner : ITaskRunner
{
    private readonly PlanActRunner _runner;
    private readonly BrowserHost _browser;
    private readonly TaskEvaluator _evaluator;
    private readonly Action<PlanActProgress>? _progress;

    /// <summary>Creates the runner.</summary>
    /// <param name="runner">The agent runner (its options decide where trajectories are saved).</param>
    /// <param name="browser">The shared browser; each task gets its own context.</param>
    /// <param name="evaluator">Scores the final page and answer.</param>
    /// <param name="progress">Receives the agent's progress events (called from worker threads).</param>
    public PlanActTaskRunner(PlanActRunner runner, BrowserHost browser, TaskEvaluator evaluator, Action<PlanActProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(evaluator);
        _runner = runner;
        _browser = browser;
        _evaluator = evaluator;
        _progress = progress;
    }

    /// <summary>The agent's task for a WebArena task: id, intent and the first start URL.</summary>
    /// <param name="task">The WebArena task.</param>
    /// <returns>The agent task.</returns>
    public static WebTask ToWebTask(WebArenaTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.StartUrls.Count == 0)
        {
            throw new ArgumentException($"Task {task.TaskId} has no start_url.", nameof(task));
        }

        return new WebTask(task.TaskId.ToString(CultureInfo.InvariantCulture), task.Intent, task.StartUrls[0]);
    }

    /// <inheritdoc />
    public async Task<SuiteTaskResult> RunAsync(WebArenaTask task, TaskRunContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(context);
        var sessionOptions = new BrowserSessionOptions
        {
            StorageStatePath = string.IsNullOrWhiteSpace(task.StorageState) ? null : task.StorageState,
            DownloadsPath = Path.Combine(context.OutputFolder, "downloads"),
        };
        await using var session = await _browser.NewSessionAsync(sessionOptions, cancellationToken);
        var webTask = ToWebTask(task);
        AgentTaskResult? agentResult = null;
        await foreach (var progress in _runner.RunStreamingAsync(webTask, session, cancellationToken))
        {
            _progress?.Invoke(progress);
            agentResult = progress.Result ?? agentResult;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (agentResult is null)
        {
            throw new InvalidOperationException($"The agent ended task {task.TaskId} without a result.");
        }

        var baseResult = new SuiteTaskResult
        {
            TaskId = task.TaskId,
            Sites = task.Sites,
            Answer = agentResult.Answer,
            FinalUrl = agentResult.FinalUrl,
            Steps = agentResult.Steps,
            InputTokens = agentResult.PlannerUsage.InputTokens + agentResult.ExecutorUsage.InputTokens,
            OutputTokens = agentResult.PlannerUsage.OutputTokens + agentResult.ExecutorUsage.OutputTokens,
            CostUsd = agentResult.TotalCostUsd,
            DurationSeconds = agentResult.Duration.TotalSeconds,
            TrajectoryPath = agentResult.TrajectoryHtmlPath ?? agentResult.TrajectoryJsonPath,
        };

        switch (agentResult.Status)
        {
            case WebTaskStatus.ModelError or WebTaskStatus.BrowserError or WebTaskStatus.Cancelled:
                return baseResult with { Status = TaskRunStatus.Error, Error = $"{agentResult.Status}: {agentResult.Reason}" };
            case WebTaskStatus.BudgetExceeded:
                return baseResult with { Status = TaskRunStatus.BudgetExceeded, Error = agentResult.Reason };
        }

        var answer = agentResult.Status == WebTaskStatus.Completed
            ? (agentResult.Answer ?? "").Trim()
            : $"Early stop: {agentResult.Reason}";
        var evaluation = await _evaluator.EvaluateAsync(task, answer, session.ActivePage, cancellationToken);
        return baseResult with
        {
            Status = TaskRunStatus.Completed,
            Score = evaluation.Score,
            Verdicts = evaluation.Verdicts,
            Error = agentResult.Status == WebTaskStatus.Completed ? null : $"{agentResult.Status}: {agentResult.Reason}",
        };
    }
}
