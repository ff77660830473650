using System.Diagnostics;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Suite;

/// <summary>
/// Runs one WebArena task for real: signs in (storage state), opens a fresh browser context with one tab per start URL
/// (the first current), lets the <see cref="IWebAgent"/> work, then evaluates on the page the agent left current.
/// An agent that reports an <see cref="AgentOutcome.Error"/> (e.g. a model or browser failure) is recorded as
/// <see cref="TaskRunStatus.Error"/> without evaluation; failures to sign in or open a start URL throw (the suite records them as errors).
/// To watch the agents live, give <see cref="PlanActWebAgent"/> a progress callback.
/// </summary>
public sealed class BrowserTaskRunner : ITaskRunner
{
    private readonly BrowserHost _host;
    private readonly SiteLoginService _login;
    private readonly IWebAgent _agent;
    private readonly TaskEvaluator _evaluator;
    private readonly PublicUrlMapper _urls;

    /// <summary>Creates the runner.</summary>
    /// <param name="host">The shared browser; each task gets its own context.</param>
    /// <param name="login">Provides storage states.</param>
    /// <param name="agent">The agent.</param>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="urls">The public-hostname mapping shown to the agent (<see cref="PublicUrlMapper.Identity"/> to show real URLs).</param>
    public BrowserTaskRunner(BrowserHost host, SiteLoginService login, IWebAgent agent, TaskEvaluator evaluator, PublicUrlMapper urls)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(urls);
        _host = host;
        _login = login;
        _agent = agent;
        _evaluator = evaluator;
        _urls = urls;
    }

    /// <inheritdoc />
    public async Task<TaskResult> RunAsync(WebArenaTask task, TaskRunContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        var storageState = await _login.EnsureStorageStateAsync(_host.Browser, task, cancellationToken);
        await using var session = await _host.NewSessionAsync(
            new BrowserSessionOptions
            {
                UrlRewriter = _urls,
                StorageStatePath = storageState,
                DownloadsPath = Path.Combine(context.OutputFolder, "downloads"),
            },
            cancellationToken);
        await OpenStartTabsAsync(task, session, cancellationToken);

        var outcome = await _agent.RunAsync(task, session, context, cancellationToken);
        var page = session.ActivePage;
        var result = new TaskResult
        {
            TaskId = task.TaskId,
            Sites = task.Sites,
            AgentStatus = outcome.Status,
            Answer = outcome.Answer,
            FinalUrl = page.Url,
            Steps = outcome.Steps,
            InputTokens = outcome.InputTokens,
            OutputTokens = outcome.OutputTokens,
            CostUsd = outcome.CostUsd,
            TrajectoryPath = outcome.TrajectoryPath,
            Shard = context.Shard,
        };
        if (outcome.Error is not null)
        {
            return result with { Status = TaskRunStatus.Error, Error = outcome.Error, DurationSeconds = clock.Elapsed.TotalSeconds };
        }

        var evaluation = await _evaluator.EvaluateAsync(task, outcome.Answer, page, cancellationToken);
        return result with
        {
            Status = outcome.BudgetExceeded ? TaskRunStatus.BudgetExceeded : TaskRunStatus.Completed,
            Error = outcome.BudgetExceeded ? outcome.Reason : null,
            Score = evaluation.Score,
            Verdicts = evaluation.Verdicts,
            DurationSeconds = clock.Elapsed.TotalSeconds,
        };
    }

    private async Task OpenStartTabsAsync(WebArenaTask task, BrowserSession session, CancellationToken cancellationToken)
    {
        for (var i = 0; i < task.StartUrls.Count; i++)
        {
            if (i > 0)
            {
                await session.ExecuteAsync(new BrowserAction(BrowserActionKind.NewTab), cancellationToken);
            }

            var outcome = await session.OpenAsync(_urls.ToPublic(task.StartUrls[i]), cancellationToken);
            if (!outcome.Success)
            {
                throw new InvalidOperationException($"Could not open start URL {task.StartUrls[i]}: {outcome.Message}");
            }
        }

        if (task.StartUrls.Count > 1)
        {
            await session.ExecuteAsync(new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = 0 }, cancellationToken);
        }
    }
}
