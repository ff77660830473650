namespace PlanAct.Agents.Running;

/// <summary>
/// Why a task ended. (Named <c>WebTaskStatus</c> rather than <c>TaskStatus</c> to avoid clashing with
/// <see cref="System.Threading.Tasks.TaskStatus"/>, which every project imports implicitly.)
/// </summary>
public enum WebTaskStatus
{
    /// <summary>The planner stopped with a final answer.</summary>
    Completed,

    /// <summary>The step limit was reached.</summary>
    MaxSteps,

    /// <summary>The task's or the run's cost budget was spent.</summary>
    BudgetExceeded,

    /// <summary>The executor repeated the same action too many times in a row.</summary>
    RepeatedActions,

    /// <summary>Too many consecutive actions failed or did not parse.</summary>
    ConsecutiveFailures,

    /// <summary>The planner's reply did not parse, even after being asked again.</summary>
    PlannerFormatError,

    /// <summary>A model endpoint failed (after its retries and fallbacks).</summary>
    ModelError,

    /// <summary>The browser failed (could not open the start page, crashed).</summary>
    BrowserError,

    /// <summary>The run was cancelled.</summary>
    Cancelled,
}
