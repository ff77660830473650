using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using PlanAct.Agents.Connectors.Http;
using PlanAct.Agents.Execution;
using PlanAct.Agents.Planning;
using PlanAct.Agents.Prompts;
using PlanAct.Agents.Running;
using PlanAct.Agents.Trajectory;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Orchestration;

/// <summary>
/// The state of one task shared by the planner, the executor and the group chat manager: plan, memory,
/// current instruction, recorded steps, usage, failure counters and the end decision. One instance per task;
/// the group chat runs one agent at a time, so access is sequential (a lock guards the few cross-thread reads).
/// </summary>
internal sealed class PlanActEpisode
{
    private readonly Lock _gate = new();
    private readonly List<StepRecord> _steps = [];
    private readonly Action<PlanActProgress>? _progress;
    private readonly ILogger _logger;
    private readonly CostLedger? _ledger;
    private readonly Func<decimal>? _trackedCost;
    private PageObservation? _latestObservation;
    private bool _pageChanged = true;
    private TerminationDecision? _fatal;
    private PlannerTurn? _stopTurn;
    private string? _lastActionKey;
    private int _identicalRun;
    private int _consecutiveFailures;
    private bool _lastStepFailed;
    private StepRecord _pending = new();

    public PlanActEpisode(WebTask task, AgentOptions options, PromptSet prompts, IWebEnvironment environment, CostLedger? ledger, Action<PlanActProgress>? progress, ILogger logger, Func<decimal>? trackedCost = null)
    {
        _trackedCost = trackedCost;
        Task = task;
        Options = options;
        Prompts = prompts;
        Environment = environment;
        _ledger = ledger;
        _progress = progress;
        _logger = logger;
    }

    public WebTask Task { get; }

    public AgentOptions Options { get; }

    public PromptSet Prompts { get; }

    public IWebEnvironment Environment { get; }

    public string Plan { get; private set; } = "";

    public string Memory { get; private set; } = "";

    public string? Instruction { get; private set; }

    /// <summary>The last instruction that came from the planner model (not carried over).</summary>
    public string? LastPlannedInstruction { get; private set; }

    public bool PlannerJustSpoke { get; private set; }

    /// <summary>Set when the executor's single action of this turn has been taken (tools mode guard).</summary>
    public bool ActionTakenThisTurn { get; set; }

    public RoleUsage PlannerUsage { get; private set; } = new();

    public RoleUsage ExecutorUsage { get; private set; } = new();

    /// <summary>
    /// The task's cost so far: from the connectors' usage tracker when one is attached (it also prices calls whose
    /// provider reports no cost, and counts failed and fallback calls), else the provider-reported costs seen here.
    /// </summary>
    public decimal CostUsd => _trackedCost?.Invoke() ?? (PlannerUsage.CostUsd + ExecutorUsage.CostUsd);

    public TerminationDecision? Decision { get; private set; }

    public IReadOnlyList<StepRecord> Steps
    {
        get
        {
            lock (_gate)
            {
                return [.. _steps];
            }
        }
    }

    public int StepCount
    {
        get
        {
            lock (_gate)
            {
                return _steps.Count(s => !s.IsFinal);
            }
        }
    }

    public IReadOnlyList<StepRecord> RecentSteps(int count)
    {
        lock (_gate)
        {
            return [.. _steps.Where(s => !s.IsFinal).TakeLast(count)];
        }
    }

    /// <summary>Whether the planner model should be called now, per <see cref="AgentOptions.ReplanPolicy"/>.</summary>
    public bool ShouldCallPlannerModel()
    {
        var steps = StepCount;
        if (steps == 0 || Instruction is null)
        {
            return true;
        }

        return Options.ReplanPolicy switch
        {
            ReplanPolicy.EveryStep => true,
            ReplanPolicy.OnFailure => _lastStepFailed,
            ReplanPolicy.EveryNSteps => _lastStepFailed || steps % Options.ReplanInterval == 0,
            _ => true,
        };
    }

    public async Task<PageObservation> ObserveAsync(ObservationFormat format, int maxTokens, CancellationToken cancellationToken)
    {
        if (!_pageChanged && _latestObservation is { } cached && cached.Format == format)
        {
            return cached;
        }

        PageObservation observation;
        try
        {
            observation = await Environment.ObserveAsync(new ObservationOptions { Format = format, MaxTokens = maxTokens }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Recorded first so the task ends as a browser error, whatever the workflow makes of the exception.
            Fail(WebTaskStatus.BrowserError, $"Observing the page failed: {ex.GetType().Name}: {ex.Message}");
            throw;
        }

        _latestObservation = observation;
        _pageChanged = false;
        return observation;
    }

    public void BeginPlannerTurn()
    {
        _pending = new StepRecord { StartedAt = DateTimeOffset.UtcNow, Index = StepCount + 1 };
    }

    public void RecordPlannerCall(ChatResponse response, TimeSpan latency)
    {
        var (input, cached, output, cost) = UsageReader.Read(response);
        PlannerUsage = PlannerUsage.Add(input, cached, output, cost);
        _pending = _pending with
        {
            PlannerInputTokens = _pending.PlannerInputTokens + input,
            PlannerOutputTokens = _pending.PlannerOutputTokens + output,
            CostUsd = _pending.CostUsd + cost,
            PlannerLatencyMs = _pending.PlannerLatencyMs + latency.TotalMilliseconds,
        };
    }

    public void RecordExecutorCall(ChatResponse response, TimeSpan latency)
    {
        var (input, cached, output, cost) = UsageReader.Read(response);
        ExecutorUsage = ExecutorUsage.Add(input, cached, output, cost);
        _pending = _pending with
        {
            ExecutorInputTokens = _pending.ExecutorInputTokens + input,
            ExecutorOutputTokens = _pending.ExecutorOutputTokens + output,
            CostUsd = _pending.CostUsd + cost,
            ExecutorLatencyMs = _pending.ExecutorLatencyMs + latency.TotalMilliseconds,
        };
    }

    /// <summary>Accepts the planner's turn (model reply or carried over).</summary>
    public void AcceptPlannerTurn(PlannerTurn turn, string? rawReply, bool replanned, PageObservation observation)
    {
        PlannerJustSpoke = true;
        if (!string.IsNullOrWhiteSpace(turn.GlobalPlan))
        {
            Plan = turn.GlobalPlan;
        }

        if (!string.IsNullOrWhiteSpace(turn.Memory))
        {
            Memory = turn.Memory;
        }

        _pending = _pending with { Replanned = replanned, PlannerOutput = rawReply, GlobalPlan = Plan, Memory = Memory };
        if (turn.IsStop)
        {
            _stopTurn = turn;
            Append(_pending with { IsFinal = true, Answer = turn.Answer, UrlBefore = observation.Url, Observation = observation.Text, Success = true, Outcome = "stop" });
            Emit(new PlanActProgress(ProgressKind.PlannerTurn, Task.Id, StepCount, $"Planner stopped: {turn.Answer}"));
            return;
        }

        Instruction = turn.Instruction;
        if (replanned)
        {
            LastPlannedInstruction = turn.Instruction;
        }

        _pending = _pending with { Instruction = turn.Instruction };
        Emit(new PlanActProgress(ProgressKind.PlannerTurn, Task.Id, StepCount + 1, (replanned ? "Planner: " : "Plan carried over: ") + turn.Instruction));
    }

    /// <summary>Ends the task with a fatal status (model error, planner format error, browser error).</summary>
    public void Fail(WebTaskStatus status, string reason)
    {
        _fatal ??= new TerminationDecision(status, SecretRedactor.PatternsOnly.Redact(reason));
        _logger.LogWarning("Task {TaskId} ends: {Status}: {Reason}", Task.Id, status, _fatal.Reason);
    }

    public void BeginExecutorTurn()
    {
        PlannerJustSpoke = false;
        ActionTakenThisTurn = false;
    }

    /// <summary>
    /// Executes a parsed action; never lets the executor end the task. Allowed sites are enforced by the browser
    /// session's URL policy, which also knows the display/real URL rewriting.
    /// </summary>
    public async Task<ActionOutcome> ExecuteAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Kind == BrowserActionKind.Stop)
        {
            return new ActionOutcome(true, $"noted: the executor proposes the answer '{action.Argument}'; only the planner can end the task.");
        }

        if (action.Kind == BrowserActionKind.None)
        {
            return new ActionOutcome(false, "error: no action");
        }

        _pageChanged = true;
        return await Environment.ExecuteAsync(action, cancellationToken);
    }

    /// <summary>Records the executor's step and updates the failure/repeat counters.</summary>
    public async Task CompleteStepAsync(string executorOutput, BrowserAction? action, ActionOutcome outcome, TimeSpan actionLatency, PageObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _pageChanged = true;
        var key = action is null ? null : ActionIdentity.Key(action, observation);
        _identicalRun = key is not null && key == _lastActionKey ? _identicalRun + 1 : 1;
        _lastActionKey = key;
        _lastStepFailed = !outcome.Success;
        _consecutiveFailures = outcome.Success ? 0 : _consecutiveFailures + 1;

        byte[]? screenshot = null;
        if (Options.CaptureScreenshots)
        {
            try
            {
                screenshot = await Environment.ScreenshotAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogDebug(ex, "Screenshot failed for task {TaskId}", Task.Id);
            }
        }

        var record = _pending with
        {
            Index = StepCount + 1,
            Instruction = Instruction,
            UrlBefore = observation.Url,
            Observation = observation.Text,
            ExecutorOutput = executorOutput,
            Action = action,
            Success = outcome.Success,
            Outcome = outcome.Message,
            UrlAfter = outcome.Url ?? Environment.CurrentUrl,
            ActionLatencyMs = actionLatency.TotalMilliseconds,
            Screenshot = screenshot,
        };
        Append(record);
        _pending = new StepRecord { StartedAt = DateTimeOffset.UtcNow, GlobalPlan = Plan, Memory = Memory };
        Emit(new PlanActProgress(ProgressKind.StepCompleted, Task.Id, record.Index, $"{(action is null ? "(no action)" : PromptComposer.Describe(action))} -> {outcome.Message}") { Record = record });
    }

    /// <summary>Evaluates the termination rules; remembers the first decision.</summary>
    public TerminationDecision? CheckTermination(bool cancellationRequested)
    {
        if (Decision is not null)
        {
            return Decision;
        }

        var state = new TerminationState
        {
            PlannerJustSpoke = PlannerJustSpoke,
            StepsTaken = StepCount,
            MaxSteps = Options.MaxSteps,
            PlannerStopped = _stopTurn is not null,
            StopAnswer = _stopTurn?.Answer,
            Fatal = _fatal,
            CancellationRequested = cancellationRequested,
            IdenticalActionRun = _identicalRun,
            MaxIdenticalActions = Options.MaxIdenticalActions,
            ConsecutiveFailures = _consecutiveFailures,
            MaxConsecutiveFailures = Options.MaxConsecutiveFailures,
            TaskCostUsd = CostUsd,
            MaxTaskCostUsd = Options.MaxTaskCostUsd,
            RunCostUsd = (_ledger?.TotalUsd ?? 0) + CostUsd,
            MaxRunCostUsd = Options.MaxRunCostUsd,
        };
        Decision = TerminationPolicy.Evaluate(state);
        return Decision;
    }

    /// <summary>Forces a decision when the run ended without one (e.g. the workflow stopped on its own).</summary>
    public TerminationDecision Conclude(TerminationDecision fallback)
    {
        Decision ??= _fatal ?? fallback;
        return Decision;
    }

    private void Append(StepRecord record)
    {
        lock (_gate)
        {
            _steps.Add(record);
        }
    }

    private void Emit(PlanActProgress progress)
    {
        try
        {
            _progress?.Invoke(progress);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogDebug(ex, "A progress listener failed");
        }
    }
}
