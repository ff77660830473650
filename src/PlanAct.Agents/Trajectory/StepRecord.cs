using PlanAct.Plugins.Actions;

namespace PlanAct.Agents.Trajectory;

/// <summary>
/// One recorded step of a task: the planner turn that produced the instruction, what the executor saw and wrote,
/// the parsed action and its outcome, with tokens, cost and timings. The planner's final stop is recorded as a
/// step with <see cref="IsFinal"/> set and no action.
/// </summary>
public sealed record StepRecord
{
    /// <summary>1-based step number (executor steps; the final stop record follows the last step).</summary>
    public int Index { get; init; }

    /// <summary>Whether this record is the planner's final stop rather than an executor step.</summary>
    public bool IsFinal { get; init; }

    /// <summary>When the step started (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Whether the planner model was called for this step (false when the plan was carried over by the replan policy).</summary>
    public bool Replanned { get; init; }

    /// <summary>The planner's raw reply (null when the plan was carried over).</summary>
    public string? PlannerOutput { get; init; }

    /// <summary>The global plan in force for this step.</summary>
    public string GlobalPlan { get; init; } = "";

    /// <summary>The memory in force for this step.</summary>
    public string Memory { get; init; } = "";

    /// <summary>The instruction given to the executor (null for the final stop).</summary>
    public string? Instruction { get; init; }

    /// <summary>The final answer, for the final stop record.</summary>
    public string? Answer { get; init; }

    /// <summary>The URL before the action.</summary>
    public string? UrlBefore { get; init; }

    /// <summary>The observation the executor acted on (or the planner's, for the final record).</summary>
    public string? Observation { get; init; }

    /// <summary>The executor's raw output: its text, or the rendered tool call.</summary>
    public string? ExecutorOutput { get; init; }

    /// <summary>The parsed action (null when the output did not parse).</summary>
    public BrowserAction? Action { get; init; }

    /// <summary>Whether the action succeeded.</summary>
    public bool Success { get; init; }

    /// <summary>The action's outcome text, or the parse error.</summary>
    public string? Outcome { get; init; }

    /// <summary>The URL after the action.</summary>
    public string? UrlAfter { get; init; }

    /// <summary>A PNG screenshot after the action, when screenshots are on.</summary>
    public byte[]? Screenshot { get; init; }

    /// <summary>Planner prompt tokens for this step.</summary>
    public long PlannerInputTokens { get; init; }

    /// <summary>Planner generated tokens for this step.</summary>
    public long PlannerOutputTokens { get; init; }

    /// <summary>Executor prompt tokens for this step.</summary>
    public long ExecutorInputTokens { get; init; }

    /// <summary>Executor generated tokens for this step.</summary>
    public long ExecutorOutputTokens { get; init; }

    /// <summary>Model cost of this step in USD (when the provider reports it).</summary>
    public decimal CostUsd { get; init; }

    /// <summary>Time spent in planner model calls, in milliseconds.</summary>
    public double PlannerLatencyMs { get; init; }

    /// <summary>Time spent in executor model calls, in milliseconds.</summary>
    public double ExecutorLatencyMs { get; init; }

    /// <summary>Time spent executing the browser action, in milliseconds.</summary>
    public double ActionLatencyMs { get; init; }
}
