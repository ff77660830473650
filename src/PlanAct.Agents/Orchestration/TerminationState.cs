namespace PlanAct.Agents.Orchestration;

/// <summary>What the termination rules look at after each turn of the group chat.</summary>
public sealed record TerminationState
{
    /// <summary>Whether the planner just spoke (false: the executor just acted).</summary>
    public bool PlannerJustSpoke { get; init; }

    /// <summary>Executor steps taken so far.</summary>
    public int StepsTaken { get; init; }

    /// <summary>The step limit.</summary>
    public int MaxSteps { get; init; }

    /// <summary>The planner's stop answer, when it stopped.</summary>
    public string? StopAnswer { get; init; }

    /// <summary>Whether the planner stopped.</summary>
    public bool PlannerStopped { get; init; }

    /// <summary>A fatal end already decided (model error, format error, browser error), if any.</summary>
    public TerminationDecision? Fatal { get; init; }

    /// <summary>Whether cancellation was requested.</summary>
    public bool CancellationRequested { get; init; }

    /// <summary>How many identical actions ended the history (1 for a new action).</summary>
    public int IdenticalActionRun { get; init; }

    /// <summary>The identical-action limit.</summary>
    public int MaxIdenticalActions { get; init; }

    /// <summary>How many failed actions ended the history.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>The consecutive-failure limit.</summary>
    public int MaxConsecutiveFailures { get; init; }

    /// <summary>This task's cost so far in USD.</summary>
    public decimal TaskCostUsd { get; init; }

    /// <summary>The task's budget in USD (0: none).</summary>
    public decimal MaxTaskCostUsd { get; init; }

    /// <summary>The run's cost so far in USD, this task included.</summary>
    public decimal RunCostUsd { get; init; }

    /// <summary>The run's budget in USD (0: none).</summary>
    public decimal MaxRunCostUsd { get; init; }
}
