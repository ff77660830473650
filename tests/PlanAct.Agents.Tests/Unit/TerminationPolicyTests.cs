using NUnit.Framework;
using PlanAct.Agents.Orchestration;
using PlanAct.Agents.Running;

namespace PlanAct.Agents.Tests.Unit;

public sealed class TerminationPolicyTests
{
    private static readonly TerminationState Running = new()
    {
        StepsTaken = 2, MaxSteps = 30, MaxIdenticalActions = 3, MaxConsecutiveFailures = 3, IdenticalActionRun = 1,
    };

    [Test]
    public void Continues_while_nothing_applies() => Assert.That(TerminationPolicy.Evaluate(Running), Is.Null);

    [Test]
    public void Planner_stop_completes_with_the_answer()
    {
        var d = TerminationPolicy.Evaluate(Running with { PlannerStopped = true, StopAnswer = "42", PlannerJustSpoke = true })!;
        Assert.That((d.Status, d.Answer), Is.EqualTo((WebTaskStatus.Completed, "42")));
    }

    [Test]
    public void Fatal_wins_over_everything()
    {
        var fatal = new TerminationDecision(WebTaskStatus.ModelError, "down");
        Assert.That(TerminationPolicy.Evaluate(Running with { Fatal = fatal, PlannerStopped = true, CancellationRequested = true }), Is.SameAs(fatal));
    }

    [Test]
    public void Cancellation_wins_over_stop() => Assert.That(TerminationPolicy.Evaluate(Running with { CancellationRequested = true, PlannerStopped = true })!.Status, Is.EqualTo(WebTaskStatus.Cancelled));

    [TestCase(2, null)]
    [TestCase(3, WebTaskStatus.ConsecutiveFailures)]
    public void Consecutive_failures_limit(int failures, WebTaskStatus? expected)
        => Assert.That(TerminationPolicy.Evaluate(Running with { ConsecutiveFailures = failures })?.Status, Is.EqualTo(expected));

    [TestCase(2, null)]
    [TestCase(3, WebTaskStatus.RepeatedActions)]
    public void Identical_actions_limit(int run, WebTaskStatus? expected)
        => Assert.That(TerminationPolicy.Evaluate(Running with { IdenticalActionRun = run })?.Status, Is.EqualTo(expected));

    [Test]
    public void Step_limit_applies_only_after_a_planner_turn()
    {
        var atLimit = Running with { StepsTaken = 30 };
        Assert.That(TerminationPolicy.Evaluate(atLimit with { PlannerJustSpoke = false }), Is.Null, "the planner still gets its final turn");
        Assert.That(TerminationPolicy.Evaluate(atLimit with { PlannerJustSpoke = true })!.Status, Is.EqualTo(WebTaskStatus.MaxSteps));
        Assert.That(TerminationPolicy.Evaluate(atLimit with { PlannerJustSpoke = true, PlannerStopped = true, StopAnswer = "x" })!.Status, Is.EqualTo(WebTaskStatus.Completed));
    }

    [Test]
    public void Task_and_run_budgets()
    {
        Assert.That(TerminationPolicy.Evaluate(Running with { TaskCostUsd = 0.5m, MaxTaskCostUsd = 0 }), Is.Null, "0 means no limit");
        Assert.That(TerminationPolicy.Evaluate(Running with { TaskCostUsd = 0.5m, MaxTaskCostUsd = 0.5m })!.Reason, Does.Contain("task"));
        Assert.That(TerminationPolicy.Evaluate(Running with { RunCostUsd = 2m, MaxRunCostUsd = 1.5m })!.Reason, Does.Contain("run").And.Contain("$1.5"));
    }
}
