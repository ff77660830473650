using PlanAct.Agents.Trajectory;

namespace PlanAct.Agents.Running;

/// <summary>The result of one task: the answer, why the task ended, and what it cost.</summary>
/// <param name="TaskId">The task id.</param>
/// <param name="Status">Why the task ended.</param>
/// <param name="Reason">A readable explanation of <paramref name="Status"/>.</param>
public sealed record TaskResult(string TaskId, WebTaskStatus Status, string Reason)
{
    /// <summary>The planner's final answer (null unless <see cref="Status"/> is <see cref="WebTaskStatus.Completed"/>).</summary>
    public string? Answer { get; init; }

    /// <summary>Executor steps taken.</summary>
    public int Steps { get; init; }

    /// <summary>Planner tokens, calls and cost.</summary>
    public RoleUsage PlannerUsage { get; init; } = new();

    /// <summary>Executor tokens, calls and cost.</summary>
    public RoleUsage ExecutorUsage { get; init; } = new();

    /// <summary>Total model cost in USD.</summary>
    public decimal TotalCostUsd => PlannerUsage.CostUsd + ExecutorUsage.CostUsd;

    /// <summary>Wall time of the task.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The active tab's URL when the task ended.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>Every recorded step.</summary>
    public IReadOnlyList<StepRecord> Trajectory { get; init; } = [];

    /// <summary>Where the trajectory JSON was saved, if it was.</summary>
    public string? TrajectoryJsonPath { get; init; }

    /// <summary>Where the trajectory HTML page was saved, if it was.</summary>
    public string? TrajectoryHtmlPath { get; init; }
}
