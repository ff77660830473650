namespace PlanAct.WebArena.Results;

/// <summary>How a task's run ended.</summary>
public enum TaskRunStatus
{
    /// <summary>The agent finished and the task was evaluated.</summary>
    Completed,

    /// <summary>The run or its evaluation failed; see <see cref="TaskResult.Error"/>.</summary>
    Error,

    /// <summary>The run exceeded the per-task time limit.</summary>
    Timeout,

    /// <summary>The run exceeded the per-task cost budget.</summary>
    BudgetExceeded,
}
