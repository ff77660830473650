using PlanAct.Agents.Trajectory;

namespace PlanAct.Agents.Running;

/// <summary>A progress event of a running task, for UIs and logs.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="TaskId">The task.</param>
/// <param name="Step">The executor step number the event belongs to (0 before the first step).</param>
/// <param name="Message">A one-line readable summary.</param>
public sealed record PlanActProgress(ProgressKind Kind, string TaskId, int Step, string Message)
{
    /// <summary>The recorded step, for <see cref="ProgressKind.StepCompleted"/>.</summary>
    public StepRecord? Record { get; init; }

    /// <summary>The result, for <see cref="ProgressKind.TaskEnded"/>.</summary>
    public TaskResult? Result { get; init; }
}
