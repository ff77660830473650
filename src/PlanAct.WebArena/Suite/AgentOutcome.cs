namespace PlanAct.WebArena.Suite;

/// <summary>What an agent reports after a task.</summary>
public sealed record AgentOutcome
{
    /// <summary>
    /// The answer to evaluate: the final answer (trimmed); for an agent that stopped early without one, WebArena's
    /// <c>Early stop: &lt;reason&gt;</c>, or empty.
    /// </summary>
    public string Answer { get; init; } = "";

    /// <summary>Why the agent stopped (e.g. <c>Completed</c>, <c>MaxSteps</c>, <c>BudgetExceeded</c>).</summary>
    public string Status { get; init; } = "Completed";

    /// <summary>A readable reason for <see cref="Status"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// Why the agent could not work (e.g. <c>ModelError: …</c>, <c>BrowserError: …</c>), or <see langword="null"/>. When set,
    /// the run is recorded as <see cref="Results.TaskRunStatus.Error"/> with this message and the page is not evaluated.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>Whether the agent stopped because the cost budget was spent.</summary>
    public bool BudgetExceeded { get; init; }

    /// <summary>Steps taken.</summary>
    public int Steps { get; init; }

    /// <summary>Input tokens over all roles.</summary>
    public long InputTokens { get; init; }

    /// <summary>Output tokens over all roles.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Cost in US dollars.</summary>
    public decimal CostUsd { get; init; }

    /// <summary>Where the trajectory was saved (its readable HTML view when there is one), if it was.</summary>
    public string? TrajectoryPath { get; init; }
}
