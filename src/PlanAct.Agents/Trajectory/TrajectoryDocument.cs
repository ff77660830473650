using PlanAct.Agents.Running;

namespace PlanAct.Agents.Trajectory;

/// <summary>A saved trajectory: the task, the run settings that shape it, the result and every step.</summary>
/// <param name="Task">The task.</param>
/// <param name="Result">The result (its step list is in <paramref name="Steps"/>).</param>
/// <param name="Steps">Every recorded step.</param>
public sealed record TrajectoryDocument(WebTask Task, TaskResult Result, IReadOnlyList<StepRecord> Steps)
{
    /// <summary>The executor mode used.</summary>
    public ExecutorMode ExecutorMode { get; init; }

    /// <summary>The replan policy used.</summary>
    public ReplanPolicy ReplanPolicy { get; init; }

    /// <summary>The planner's observation format.</summary>
    public string PlannerObservation { get; init; } = "";

    /// <summary>The executor's observation format.</summary>
    public string ExecutorObservation { get; init; } = "";
}
