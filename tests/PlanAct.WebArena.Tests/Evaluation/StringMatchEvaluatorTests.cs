using NUnit.Framework;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Tasks;
using PlanAct.WebArena.Tests.Support;

namespace PlanAct.WebArena.Tests.Evaluation;

public sealed class StringMatchEvaluatorTests
{
    private static WebArenaTask Task(ReferenceAnswers answers, string note = "", string intent = "What is it?") => new()
    {
        TaskId = 1,
        Sites = ["shopping"],
        StartUrls = ["http://h:7770"],
        Intent = intent,
        Eval = new TaskEvaluationSpec { EvalTypes = [EvalType.StringMatch], ReferenceAnswers = answers, StringNote = note },
    };

    [Test]
    public async Task Every_key_must_pass_and_the_explanation_says_what_was_compared()
    {
        var evaluator = new StringMatchEvaluator(judge: null);
        var task = Task(new ReferenceAnswers { MustInclude = ["Impulse Duffle", "65 |OR| 3"], MustExclude = ["refund"] });

        var pass = await evaluator.EvaluateAsync(task, "Impulse Duffle, rated 3 stars");
        var fail = await evaluator.EvaluateAsync(task, "Impulse Duffle, rated 3 stars, refund issued");

        Assert.That(pass.Score, Is.EqualTo(1));
        Assert.That(fail.Score, Is.EqualTo(0));
        Assert.That(string.Join("\n", fail.Explanation), Does.Contain("must_exclude: \"refund\" (token) not in prediction → FAIL"));
        Assert.That(string.Join("\n", pass.Explanation), Does.Contain("\"65\" (token) |OR| \"3\" (token)"));
    }

    [Test]
    public async Task E5_NA_passes_without_a_judge_and_otherwise_asks_the_unachievable_judge()
    {
        var client = new KeywordJudgeClient();
        var evaluator = new StringMatchEvaluator(new ChatClientAnswerJudge(client, "judge-model"));
        var task = Task(new ReferenceAnswers { FuzzyMatchUnachievable = true }, note: "System message: We cannot add order history.");

        var na = await evaluator.EvaluateAsync(task, "N/A");
        Assert.That(na.Score, Is.EqualTo(1));
        Assert.That(client.Prompts, Is.Empty);

        var same = await evaluator.EvaluateAsync(task, "Cannot notify: the order history cannot be changed");
        var different = await evaluator.EvaluateAsync(task, "The customer does not exist");

        Assert.That(same.Score, Is.EqualTo(1));
        Assert.That(different.Score, Is.EqualTo(0));
        Assert.That(client.Prompts, Has.Count.EqualTo(2));
        Assert.That(client.Prompts[0], Does.Contain("actual unachievable reason: System message: We cannot add order history."));
        Assert.That(client.LastOptions!.Temperature, Is.EqualTo(0));
        Assert.That(client.LastOptions.ModelId, Is.EqualTo("judge-model"));
        Assert.That(string.Join("\n", different.Explanation), Does.Contain("judge-model").And.Contain("different"));
    }

    [Test]
    public async Task E6_a_fuzzy_list_is_judged_once_on_the_joined_reference()
    {
        var client = new KeywordJudgeClient();
        var evaluator = new StringMatchEvaluator(new ChatClientAnswerJudge(client));
        var task = Task(new ReferenceAnswers { FuzzyMatch = ["Pittsburgh", "Pennsylvania"] }, intent: "Where is CMU?");

        var correct = await evaluator.EvaluateAsync(task, "In Pittsburgh, Pennsylvania");
        var wrong = await evaluator.EvaluateAsync(task, "In Pittsburgh");

        Assert.That(correct.Score, Is.EqualTo(1));
        Assert.That(wrong.Score, Is.EqualTo(0));
        Assert.That(client.Prompts, Has.Count.EqualTo(2));
        Assert.That(client.Prompts[0], Does.Contain("reference answer: Pittsburgh, Pennsylvania").And.Contain("question: Where is CMU?"));
    }

    [Test]
    public async Task Fuzzy_match_without_a_judge_is_an_error_naming_the_setting()
    {
        var evaluator = new StringMatchEvaluator(judge: null);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => evaluator.EvaluateAsync(Task(new ReferenceAnswers { FuzzyMatch = ["x"] }), "x"));
        Assert.That(ex!.Message, Does.Contain("PlanAct:WebArena:Judge"));
    }
}
