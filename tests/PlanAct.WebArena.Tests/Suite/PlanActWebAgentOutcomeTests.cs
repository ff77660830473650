using NUnit.Framework;
using PlanAct.Agents.Running;
using PlanAct.WebArena.Suite;

namespace PlanAct.WebArena.Tests.Suite;

/// <summary>How the agents' results become the harness's outcomes: answers, early stops, errors, budget stops.</summary>
public sealed class PlanActWebAgentOutcomeTests
{
    [Test]
    public void A_completed_task_keeps_its_trimmed_answer_and_the_readable_trajectory()
    {
        var outcome = PlanActWebAgent.ToOutcome(new TaskResult("7", WebTaskStatus.Completed, "stopped") with
        {
            Answer = "  $12.50 \n",
            Steps = 3,
            TrajectoryJsonPath = "t/task_7.json",
            TrajectoryHtmlPath = "t/task_7.html",
        });

        Assert.That((outcome.Answer, outcome.Status, outcome.Error, outcome.BudgetExceeded, outcome.Steps), Is.EqualTo(("$12.50", "Completed", (string?)null, false, 3)));
        Assert.That(outcome.TrajectoryPath, Is.EqualTo("t/task_7.html"));
    }

    [TestCase(WebTaskStatus.MaxSteps, "The step limit of 30 was reached.")]
    [TestCase(WebTaskStatus.RepeatedActions, "The same action was repeated 3 times.")]
    public void An_early_stop_is_evaluated_with_webarenas_early_stop_answer(WebTaskStatus status, string reason)
    {
        var outcome = PlanActWebAgent.ToOutcome(new TaskResult("7", status, reason) { TrajectoryJsonPath = "t/task_7.json" });

        Assert.That(outcome.Answer, Is.EqualTo("Early stop: " + reason));
        Assert.That(outcome.Error, Is.Null);
        Assert.That(outcome.Status, Is.EqualTo(status.ToString()));
        Assert.That(outcome.TrajectoryPath, Is.EqualTo("t/task_7.json"));
    }

    [TestCase(WebTaskStatus.ModelError, "HttpRequestException: 503 from the planner")]
    [TestCase(WebTaskStatus.BrowserError, "The start page http://x/ could not be opened: net::ERR_CONNECTION_REFUSED")]
    public void Model_and_browser_failures_are_errors_not_answers(WebTaskStatus status, string reason)
    {
        var outcome = PlanActWebAgent.ToOutcome(new TaskResult("7", status, reason));

        Assert.That(outcome.Error, Is.EqualTo($"{status}: {reason}"));
        Assert.That(outcome.Answer, Is.Empty);
        Assert.That(outcome.BudgetExceeded, Is.False);
    }

    [Test]
    public void A_budget_stop_is_flagged_without_an_answer()
    {
        var outcome = PlanActWebAgent.ToOutcome(new TaskResult("7", WebTaskStatus.BudgetExceeded, "spent $0.50 of $0.40"));

        Assert.That((outcome.BudgetExceeded, outcome.Answer, outcome.Error), Is.EqualTo((true, "", (string?)null)));
        Assert.That(outcome.Reason, Is.EqualTo("spent $0.50 of $0.40"));
    }
}
