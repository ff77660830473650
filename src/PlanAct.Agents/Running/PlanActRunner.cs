using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Connectors.Http;
using PlanAct.Agents.Execution;
using PlanAct.Agents.Orchestration;
using PlanAct.Agents.Planning;
using PlanAct.Agents.Prompts;
using PlanAct.Agents.Trajectory;
using PlanAct.Agents.Usage;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;

namespace PlanAct.Agents.Running;

/// <summary>
/// Runs web tasks with a planner and an executor <see cref="ChatClientAgent"/> in a group chat
/// (<see cref="PlanActGroupChatManager"/>), driving a browser to the task's end. A runner is cheap: build one per
/// run (or per task, e.g. with per-task usage-scoped chat clients). Tasks may run concurrently on different
/// browser sessions; each task gets its own workflow and state.
/// </summary>
public sealed class PlanActRunner
{
    private readonly IChatClient _plannerClient;
    private readonly IChatClient _executorClient;
    private readonly AgentOptions _options;
    private readonly PromptSet _prompts;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    /// <summary>Creates a runner.</summary>
    /// <param name="plannerClient">The planner's chat client (e.g. Claude via OpenRouter, with retries/fallback/usage below it).</param>
    /// <param name="executorClient">The executor's chat client (e.g. a vLLM-served model).</param>
    /// <param name="options">Agent options; validated here.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    /// <param name="costLedger">Optional run-wide cost total shared by the run's tasks (for <see cref="AgentOptions.MaxRunCostUsd"/>); each task's cost is added to it.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public PlanActRunner(IChatClient plannerClient, IChatClient executorClient, AgentOptions options, ILoggerFactory? loggerFactory = null, CostLedger? costLedger = null)
    {
        ArgumentNullException.ThrowIfNull(plannerClient);
        ArgumentNullException.ThrowIfNull(executorClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _plannerClient = plannerClient;
        _executorClient = executorClient;
        _options = options;
        _prompts = PromptLibrary.Load(options);
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<PlanActRunner>();
        CostLedger = costLedger ?? new CostLedger();
    }

    /// <summary>The run-wide cost total this runner adds each task's cost to.</summary>
    public CostLedger CostLedger { get; }

    /// <summary>
    /// Optional usage tracker of the connectors: when set, each task runs in its usage scope
    /// (<see cref="UsageTracker.BeginTask"/>), so per-task totals can be read from it.
    /// </summary>
    public UsageTracker? UsageTracker { get; set; }

    /// <summary>The options in use.</summary>
    public AgentOptions Options => _options;

    /// <summary>
    /// The browser actions offered as tools in <see cref="ExecutorMode.Tools"/> for a session. Default (null): the
    /// Semantic Kernel <c>BrowserPlugin</c>'s functions over the session (<c>click</c>, <c>type</c>, …; <c>stop</c> is never offered).
    /// </summary>
    public Func<BrowserSession, IReadOnlyList<AIFunction>>? ToolsFactory { get; set; }

    /// <summary>Runs one task on a browser session the caller owns (it is left open).</summary>
    /// <param name="task">The task.</param>
    /// <param name="browser">The browser session.</param>
    /// <param name="cancellationToken">Cancels the task (the result then has status <see cref="WebTaskStatus.Cancelled"/>).</param>
    /// <returns>The result; model and browser errors become a status, never an exception.</returns>
    public Task<TaskResult> RunAsync(WebTask task, BrowserSession browser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return RunCoreAsync(task, Environment(browser), null, cancellationToken);
    }

    /// <summary>Runs one task on a browser session the caller owns, streaming progress events; the last event is <see cref="ProgressKind.TaskEnded"/> with the result.</summary>
    /// <param name="task">The task.</param>
    /// <param name="browser">The browser session.</param>
    /// <param name="cancellationToken">Cancels the task.</param>
    /// <returns>The progress events.</returns>
    public IAsyncEnumerable<PlanActProgress> RunStreamingAsync(WebTask task, BrowserSession browser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return StreamCoreAsync(task, Environment(browser), cancellationToken);
    }

    /// <summary>Launches a browser for one task (its URL policy allowing only <see cref="WebTask.AllowedSites"/>), runs it, and always closes the browser.</summary>
    /// <param name="task">The task.</param>
    /// <param name="browserOptions">How to launch the browser.</param>
    /// <param name="cancellationToken">Cancels the task.</param>
    /// <returns>The result (<see cref="WebTaskStatus.BrowserError"/> when the browser cannot start).</returns>
    public async Task<TaskResult> RunWithNewBrowserAsync(WebTask task, BrowserOptions browserOptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(browserOptions);
        BrowserSession session;
        try
        {
            session = await BrowserSession.LaunchAsync(browserOptions, new BrowserSessionOptions { AllowedOrigins = task.AllowedSites.Count == 0 ? null : task.AllowedSites }, _loggerFactory, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new TaskResult(task.Id, WebTaskStatus.BrowserError, "The browser could not be launched: " + SecretRedactor.PatternsOnly.Redact(ex.Message));
        }

        await using (session)
        {
            return await RunAsync(task, session, cancellationToken);
        }
    }

    internal async IAsyncEnumerable<PlanActProgress> StreamCoreAsync(WebTask task, IWebEnvironment environment, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<PlanActProgress>(new UnboundedChannelOptions { SingleReader = true });
        var run = Task.Run(
            async () =>
            {
                try
                {
                    await RunCoreAsync(task, environment, p => channel.Writer.TryWrite(p), cancellationToken);
                }
                finally
                {
                    channel.Writer.TryComplete();
                }
            },
            CancellationToken.None);

        await foreach (var item in channel.Reader.ReadAllAsync(CancellationToken.None))
        {
            yield return item;
        }

        await run;
    }

    internal async Task<TaskResult> RunCoreAsync(WebTask task, IWebEnvironment environment, Action<PlanActProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        task.Validate();
        var started = Stopwatch.GetTimestamp();
        var tracker = UsageTracker;
        var episode = new PlanActEpisode(task, _options, _prompts, environment, CostLedger, progress, _logger, tracker is null ? null : () => tracker.ForTask(task.Id).CostUsd);
        using var usageScope = tracker?.BeginTask(task.Id);
        try
        {
            var open = await environment.OpenAsync(task.StartUrl, cancellationToken);
            if (!open.Success)
            {
                episode.Fail(WebTaskStatus.BrowserError, $"The start page {task.StartUrl} could not be opened: {open.Message}");
            }
            else
            {
                progress?.Invoke(new PlanActProgress(ProgressKind.TaskStarted, task.Id, 0, $"Opened {task.StartUrl}"));
                await RunGroupChatAsync(episode, environment, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            episode.Conclude(new TerminationDecision(WebTaskStatus.Cancelled, "The run was cancelled."));
        }
        catch (Exception ex)
        {
            // Any failure (browser, workflow, model) ends this task with a status instead of crashing the run.
            _logger.LogError(ex, "Task {TaskId} failed", task.Id);
            episode.Fail(ClassifyFailure(ex), $"{ex.GetType().Name}: {ex.Message}");
        }

        var decision = episode.Conclude(new TerminationDecision(WebTaskStatus.MaxSteps, "The group chat ended without a final answer."));
        var result = await FinishAsync(task, episode, decision, environment, Stopwatch.GetElapsedTime(started));
        progress?.Invoke(new PlanActProgress(ProgressKind.TaskEnded, task.Id, result.Steps, $"{result.Status}: {result.Reason}") { Result = result });
        return result;
    }

    private async Task RunGroupChatAsync(PlanActEpisode episode, IWebEnvironment environment, CancellationToken cancellationToken)
    {
        var (planner, executor) = CreateAgents(episode, environment);
        var workflow = AgentWorkflowBuilder
            .CreateGroupChatBuilderWith(_ => new PlanActGroupChatManager(planner, executor, episode, cancellationToken))
            .AddParticipants(planner, executor)
            .WithName("plan-act")
            .Build();

        await using var run = await InProcessExecution.RunStreamingAsync(workflow, new List<ChatMessage> { new(ChatRole.User, episode.Task.Intent) }, sessionId: null, cancellationToken);
        await run.TrySendMessageAsync(new TurnToken(emitEvents: false));
        await foreach (var e in run.WatchStreamAsync(cancellationToken))
        {
            switch (e)
            {
                case ExecutorFailedEvent failed:
                    ReportAgentFailure(episode, failed.Data as Exception, cancellationToken);
                    break;
                case WorkflowErrorEvent error:
                    ReportAgentFailure(episode, error.Exception, cancellationToken);
                    return;
                case RequestInfoEvent request:
                    // Nothing in this chat asks for outside input; waiting would hang the task.
                    episode.Fail(WebTaskStatus.ModelError, $"The group chat unexpectedly asked for outside input ({request.Request.GetType().Name}).");
                    return;
                case WorkflowOutputEvent output when output.Is<List<ChatMessage>>(out _):
                    return;
            }
        }
    }

    private static void ReportAgentFailure(PlanActEpisode episode, Exception? exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            episode.Conclude(new TerminationDecision(WebTaskStatus.Cancelled, "The run was cancelled."));
            return;
        }

        var inner = exception;
        while (inner is System.Reflection.TargetInvocationException or AggregateException && inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        episode.Fail(ClassifyFailure(inner), $"An agent failed: {inner?.GetType().Name}: {inner?.Message}");
    }

    private static WebTaskStatus ClassifyFailure(Exception? exception)
        => exception?.GetType().FullName?.StartsWith("Microsoft.Playwright", StringComparison.Ordinal) == true
            ? WebTaskStatus.BrowserError
            : WebTaskStatus.ModelError;

    private (AIAgent Planner, AIAgent Executor) CreateAgents(PlanActEpisode episode, IWebEnvironment environment)
    {
        var plannerOptions = new ChatOptions
        {
            Temperature = _options.PlannerTemperature,
            MaxOutputTokens = _options.PlannerMaxOutputTokens,
            ResponseFormat = _options.PlannerStructuredOutput ? ChatResponseFormat.ForJsonSchema<PlannerJsonReply>(schemaName: "planner_turn", schemaDescription: "The planner's plan, memory and next instruction, or the final answer.") : null,
        };
        var planner = new ChatClientAgent(
            new PlannerContextClient(_plannerClient, episode),
            new ChatClientAgentOptions { Id = "planner", Name = "Planner", Description = "Writes and revises the global plan and gives the executor one instruction at a time.", ChatOptions = plannerOptions },
            _loggerFactory);

        var executorContext = new ExecutorContextClient(_executorClient, episode, ActionParser.Parse);
        var executorOptions = new ChatOptions { Temperature = _options.ExecutorTemperature, MaxOutputTokens = _options.ExecutorMaxOutputTokens };
        if (_options.ExecutorMode == ExecutorMode.Tools)
        {
            // The executor never ends the task (only the planner's stop does), so the plugin's stop tool is not offered.
            executorOptions.Tools = [.. environment.ActionTools.Where(t => !string.Equals(ToolCallMapper.ShortName(t.Name), "stop", StringComparison.OrdinalIgnoreCase))];
            executorOptions.AllowMultipleToolCalls = false;
        }

        AIAgent executor = new ChatClientAgent(
            executorContext,
            new ChatClientAgentOptions { Id = "executor", Name = "Executor", Description = "Carries out one instruction with exactly one browser action.", ChatOptions = executorOptions },
            _loggerFactory);
        if (_options.ExecutorMode == ExecutorMode.Tools)
        {
            var middleware = new ExecutorToolMiddleware(episode, () => executorContext.TurnObservation);
            executor = executor.AsBuilder().Use(middleware.InvokeAsync).Build();
        }

        return (planner, executor);
    }

    // With a usage tracker, role totals come from it (priced, including failed and fallback calls).
    private RoleUsage? RoleTotals(string taskId, ModelRole role)
    {
        if (UsageTracker is null)
        {
            return null;
        }

        var t = UsageTracker.ForTask(taskId, role);
        return new RoleUsage { Calls = t.Calls, InputTokens = t.InputTokens, CachedInputTokens = t.CachedInputTokens, OutputTokens = t.OutputTokens, CostUsd = t.CostUsd };
    }

    private IWebEnvironment Environment(BrowserSession browser)
        => new BrowserSessionEnvironment(browser, ToolsFactory?.Invoke(browser));

    private async Task<TaskResult> FinishAsync(WebTask task, PlanActEpisode episode, TerminationDecision decision, IWebEnvironment environment, TimeSpan duration)
    {
        CostLedger.Add(episode.CostUsd);
        string? finalUrl = null;
        try
        {
            finalUrl = environment.CurrentUrl;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogDebug(ex, "Could not read the final URL of task {TaskId}", task.Id);
        }

        var result = new TaskResult(task.Id, decision.Status, decision.Reason)
        {
            Answer = decision.Status == WebTaskStatus.Completed ? decision.Answer : null,
            Steps = episode.StepCount,
            PlannerUsage = RoleTotals(task.Id, ModelRole.Planner) ?? episode.PlannerUsage,
            ExecutorUsage = RoleTotals(task.Id, ModelRole.Executor) ?? episode.ExecutorUsage,
            Duration = duration,
            FinalUrl = finalUrl,
            Trajectory = episode.Steps,
        };

        if (string.IsNullOrWhiteSpace(_options.TrajectoryDirectory))
        {
            return result;
        }

        try
        {
            var document = new TrajectoryDocument(task, result, result.Trajectory)
            {
                ExecutorMode = _options.ExecutorMode,
                ReplanPolicy = _options.ReplanPolicy,
                PlannerObservation = _options.PlannerObservation.ToString(),
                ExecutorObservation = _options.ExecutorObservation.ToString(),
            };
            var (json, html) = await TrajectoryStore.SaveAsync(_options.TrajectoryDirectory, document, CancellationToken.None);
            return result with { TrajectoryJsonPath = json, TrajectoryHtmlPath = html };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Could not save the trajectory of task {TaskId}", task.Id);
            return result;
        }
    }
}
