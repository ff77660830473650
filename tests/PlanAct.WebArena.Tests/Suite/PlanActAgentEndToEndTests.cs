using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using NUnit.Framework;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Running;
using PlanAct.Agents.Usage;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Observation;
using PlanAct.Testing;
using PlanAct.Testing.FakeOpenAI;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;
using PlanAct.WebArena.Tests.Support;

namespace PlanAct.WebArena.Tests.Suite;

/// <summary>
/// The real planner/executor agents on a WebArena-format task: fake OpenAI-compatible servers play planner, executor
/// and (on the planner's client) the fuzzy_match judge, each reading what it is sent.
/// </summary>
[Category("Browser")]
public sealed partial class PlanActAgentEndToEndTests
{
    private const string Config = """
        {"sites": ["shopping"], "task_id": 10, "require_login": true, "storage_state": "./.auth/shopping_state.json",
         "start_url": "__SHOPPING__/mugs", "intent": "What is the price of the Blue mug?", "require_reset": false,
         "eval": {"eval_types": ["string_match", "url_match"], "reference_answers": {"fuzzy_match": ["$12.50"]},
                  "reference_url": "__SHOPPING__/mugs/blue", "program_html": [], "string_note": ""}}
        """;

    [Test]
    public async Task The_planner_and_executor_solve_a_task_and_the_planner_client_judges_it()
    {
        await using var site = await LocalSite.StartAsync();
        FakeShop.Install(site);
        await using var planner = await FakeOpenAIServer.StartAsync();
        await using var executor = await FakeOpenAIServer.StartAsync();
        planner.Responder = PlayPlannerOrJudge;
        executor.Responder = PlayExecutor;
        var output = Directory.CreateTempSubdirectory("planact-agents-e2e").FullName;
        try
        {
            var urls = new SiteUrls(new Dictionary<string, string> { ["shopping"] = site.BaseUrl });
            var tasks = new TaskConfigLoader(urls).Parse(Config, "task10.json");
            var progress = new System.Collections.Concurrent.ConcurrentQueue<PlanActProgress>();
            var options = new PlanActOptions
            {
                Planner = new ModelEndpointOptions { Endpoint = planner.V1Url, Model = "planner", ApiKey = "sk-planner-test-key", Timeout = TimeSpan.FromSeconds(5), TotalTimeout = TimeSpan.FromSeconds(20) },
                Executor = new ModelEndpointOptions { Endpoint = executor.V1Url, Model = "executor", ApiKey = "executor-key", Timeout = TimeSpan.FromSeconds(5), TotalTimeout = TimeSpan.FromSeconds(20) },
                Retry = new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
            };
            using var factory = new ModelClientFactory(options, new UsageTracker());
            var runner = new PlanActRunner(factory.GetChatClient(ModelRole.Planner), factory.GetChatClient(ModelRole.Executor), new AgentOptions { ExecutorMode = ExecutorMode.WebArena, ExecutorObservation = ObservationFormat.AccessibilityTree, MaxSteps = 5 });
            await using var host = await BrowserHost.LaunchAsync(new BrowserOptions());
            using var http = new HttpClient();
            var login = new SiteLoginService(urls, SiteLoginService.StandardAccounts, FormLoginFlow.Standard, Path.Combine(output, ".auth"),
                TimeSpan.FromHours(1), TimeSpan.FromSeconds(10), NullLogger<SiteLoginService>.Instance);
            var judge = new ChatClientAnswerJudge(factory.GetChatClient(ModelRole.Planner), "planner");
            var evaluator = new TaskEvaluator(new StringMatchEvaluator(judge), new ProgramHtmlEvaluator(new EvaluationHelpers(urls, SiteAccount.Of("admin", "admin1234"), http), judge, TimeSpan.FromMilliseconds(300)), UrlMatchVariant.Lite);
            var taskRunner = new BrowserTaskRunner(host, login, new PlanActWebAgent(runner, progress.Enqueue), evaluator, PublicUrlMapper.ForSites(urls));
            var store = new JsonlResultStore(Path.Combine(output, "results.jsonl"));

            var summary = await new SuiteRunner(taskRunner, null, NullLogger<SuiteRunner>.Instance)
                .RunAsync(tasks, store, new SuiteRunOptions { MaxConcurrency = 1, OutputFolder = output, TaskTimeout = TimeSpan.FromSeconds(60) });

            var result = store.ReadAll().Single();
            Assert.That(result.Error, Is.Null);
            Assert.That(result.AgentStatus, Is.EqualTo("Completed"));
            Assert.That(result.Answer, Is.EqualTo("$12.50"));
            Assert.That(result.Success, Is.True, string.Join("\n", result.Verdicts.SelectMany(v => v.Explanation)));
            Assert.That(result.Steps, Is.EqualTo(1));
            Assert.That(result.InputTokens, Is.GreaterThan(0));
            Assert.That(summary.Overall.Succeeded, Is.EqualTo(1));
            Assert.That(progress.Select(p => p.Kind), Is.EqualTo(new[] { ProgressKind.TaskStarted, ProgressKind.PlannerTurn, ProgressKind.StepCompleted, ProgressKind.PlannerTurn, ProgressKind.TaskEnded }),
                "the progress callback sees the episode as it happens");
            Assert.That(progress.Single(p => p.Kind == ProgressKind.StepCompleted).Record!.Instruction, Is.EqualTo("Click the link 'Blue mug'"));
            Assert.That(progress.Last().Result!.Answer, Is.EqualTo("$12.50"));
            var plannerPrompts = planner.ModelRequests.Where(r => !IsJudge(r)).Select(r => r.AllText).ToList();
            Assert.That(plannerPrompts, Has.All.Contains("onestopmarket.com"), "the planner sees the public hostname");
            Assert.That(plannerPrompts, Has.None.Contains(site.BaseUrl));
            Assert.That(planner.ModelRequests.Count(IsJudge), Is.EqualTo(1), "one fuzzy_match judge call on the planner's client");
            Assert.That(result.Verdicts[0].Explanation, Has.Some.Contains("judge (planner)"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static bool IsJudge(RecordedRequest request) => request.Messages.Count > 0 && request.Messages[0].Text == "You are a helpful assistant";

    private static FakeReply PlayPlannerOrJudge(RecordedRequest request)
    {
        var prompt = request.LastUserText;
        if (IsJudge(request))
        {
            var reference = Field(prompt, "reference answer:");
            var answer = Field(prompt, "student answer:");
            return FakeReply.Text(answer.Contains(reference, StringComparison.Ordinal) ? "correct" : "incorrect");
        }

        var page = CurrentPage(prompt);
        var price = PricePattern().Match(page);
        if (page.Contains("heading 'Blue mug'", StringComparison.Ordinal) && price.Success)
        {
            return FakeReply.Text($"The price is shown.\n\\stop({price.Value})", new FakeUsage(900, 40));
        }

        return FakeReply.Text("The list of mugs is shown.\n##Global Plan: 1. Open the Blue mug page 2. Read its price\n\\MEMORY: \n\\INSTRUCTION: Click the link 'Blue mug'", new FakeUsage(900, 60));
    }

    private static FakeReply PlayExecutor(RecordedRequest request)
    {
        var prompt = request.LastUserText;
        var instruction = Regex.Match(prompt, @"# Instruction\n(.*)").Groups[1].Value;
        var name = Regex.Match(instruction, "'([^']+)'").Groups[1].Value;
        var id = Regex.Match(CurrentPage(prompt), $@"\[(\w+)\] link '{Regex.Escape(name)}'").Groups[1].Value;
        return id.Length == 0
            ? FakeReply.Text("I cannot find it.")
            : FakeReply.Text($"The link is [{id}].\nIn summary, the next action I will perform is ```click [{id}]```", new FakeUsage(400, 20));
    }

    private static string CurrentPage(string prompt)
    {
        var i = prompt.LastIndexOf("# Current page", StringComparison.Ordinal);
        return i < 0 ? prompt : prompt[i..];
    }

    private static string Field(string prompt, string name) =>
        prompt.Split('\n').First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim();

    [GeneratedRegex(@"\$\d+\.\d\d")]
    private static partial Regex PricePattern();
}
