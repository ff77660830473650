using System.Globalization;
using PlanAct.Agents.Running;

namespace PlanAct.Agents.Orchestration;

/// <summary>
/// Decides whether a task ends, as a pure function of <see cref="TerminationState"/>. Order: fatal errors,
/// cancellation, the planner's stop, consecutive failures, repeated actions, budgets, then the step limit
/// (checked only after a planner turn, so the planner can still answer after the last allowed step).
/// </summary>
public static class TerminationPolicy
{
    /// <summary>Evaluates the rules.</summary>
    /// <param name="state">The state after the latest turn.</param>
    /// <returns>The decision to end, or <see langword="null"/> to continue.</returns>
    public static TerminationDecision? Evaluate(TerminationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Fatal is not null)
        {
            return state.Fatal;
        }

        if (state.CancellationRequested)
        {
            return new TerminationDecision(WebTaskStatus.Cancelled, "The run was cancelled.");
        }

        if (state.PlannerStopped)
        {
            return new TerminationDecision(WebTaskStatus.Completed, "The planner stopped with a final answer.", state.StopAnswer ?? "");
        }

        if (state.ConsecutiveFailures >= state.MaxConsecutiveFailures)
        {
            return new TerminationDecision(WebTaskStatus.ConsecutiveFailures, $"{state.ConsecutiveFailures} consecutive actions failed or did not parse (limit {state.MaxConsecutiveFailures}).");
        }

        if (state.IdenticalActionRun >= state.MaxIdenticalActions)
        {
            return new TerminationDecision(WebTaskStatus.RepeatedActions, $"The executor repeated the same action {state.IdenticalActionRun} times in a row (limit {state.MaxIdenticalActions}).");
        }

        if (state.MaxTaskCostUsd > 0 && state.TaskCostUsd >= state.MaxTaskCostUsd)
        {
            return new TerminationDecision(WebTaskStatus.BudgetExceeded, $"The task's cost {Usd(state.TaskCostUsd)} reached its budget {Usd(state.MaxTaskCostUsd)}.");
        }

        if (state.MaxRunCostUsd > 0 && state.RunCostUsd >= state.MaxRunCostUsd)
        {
            return new TerminationDecision(WebTaskStatus.BudgetExceeded, $"The run's cost {Usd(state.RunCostUsd)} reached its budget {Usd(state.MaxRunCostUsd)}.");
        }

        if (state.PlannerJustSpoke && state.StepsTaken >= state.MaxSteps)
        {
            return new TerminationDecision(WebTaskStatus.MaxSteps, $"The step limit of {state.MaxSteps} was reached without a final answer.");
        }

        return null;
    }

    private static string Usd(decimal value) => "$" + value.ToString("0.######", CultureInfo.InvariantCulture);
}
