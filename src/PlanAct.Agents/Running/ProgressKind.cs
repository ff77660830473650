namespace PlanAct.Agents.Running;

/// <summary>What a <see cref="PlanActProgress"/> event reports.</summary>
public enum ProgressKind
{
    /// <summary>The task started (start page opened).</summary>
    TaskStarted,

    /// <summary>The planner produced a plan and instruction (or carried the previous plan over).</summary>
    PlannerTurn,

    /// <summary>The executor acted; the event carries the recorded step.</summary>
    StepCompleted,

    /// <summary>The task ended; the event carries the result.</summary>
    TaskEnded,
}
