using Microsoft.Extensions.Logging.Abstractions;
using NUnit.Framework;
using PlanAct.Plugins.Browser;
using PlanAct.Testing;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;
using PlanAct.WebArena.Tests.Support;

namespace PlanAct.WebArena.Tests.Suite;

[Category("Browser")]
public sealed class EndToEndTests
{
    private const string Configs = """
        [
          {"sites": ["shopping"], "task_id": 1, "require_login": true, "storage_state": null, "start_url": "__SHOPPING__/mugs",
           "intent": "What is the price of the Blue mug?", "require_reset": false,
           "eval": {"eval_types": ["string_match", "url_match"], "reference_answers": {"must_include": ["12.50"]},
                    "reference_url": "__SHOPPING__/mugs/blue", "url_note": "GOLD in PRED", "program_html": []}},
          {"sites": ["shopping"], "task_id": 2, "require_login": true, "storage_state": "./.auth/shopping_state.json",
           "start_url": "__SHOPPING__/mugs |AND| __SHOPPING__/",
           "intent": "Add the cheapest mug in my open tabs to the cart", "require_reset": false,
           "eval": {"eval_types": ["program_html"], "reference_answers": null, "reference_url": "",
                    "program_html": [{"url": "__SHOPPING__/checkout/cart", "locator": "document.querySelector('#cart').outerText",
                                      "required_contents": {"must_include": ["red mug"]}}]}},
          {"sites": ["shopping"], "task_id": 3, "require_login": true, "storage_state": null, "start_url": "__SHOPPING__/mugs",
           "intent": "What is the price of the Green mug?", "require_reset": false,
           "eval": {"eval_types": ["string_match"], "reference_answers": {"exact_match": "N/A"}, "reference_url": "", "program_html": [],
                    "string_note": "There is no green mug"}},
          {"sites": ["shopping"], "task_id": 4, "require_login": true, "storage_state": null, "start_url": "__SHOPPING__/mugs",
           "intent": "What is the price of the Red mug?", "require_reset": false,
           "eval": {"eval_types": ["string_match"], "reference_answers": {"must_include": ["12.50"]}, "reference_url": "", "program_html": []}}
        ]
        """;

    [Test]
    public async Task WebArena_format_tasks_run_end_to_end_on_local_pages()
    {
        await using var site = await LocalSite.StartAsync();
        FakeShop.Install(site);
        var output = Directory.CreateTempSubdirectory("planact-e2e").FullName;
        try
        {
            var urls = new SiteUrls(new Dictionary<string, string> { ["shopping"] = site.BaseUrl });
            var tasks = new TaskConfigLoader(urls).Parse(Configs, "e2e.json");
            var browserOptions = new BrowserOptions();
            await using var host = await BrowserHost.LaunchAsync(browserOptions);
            using var http = new HttpClient();
            var login = new SiteLoginService(urls, SiteLoginService.StandardAccounts, FormLoginFlow.Standard, Path.Combine(output, ".auth"),
                TimeSpan.FromHours(1), TimeSpan.FromSeconds(10), NullLogger<SiteLoginService>.Instance);
            var helpers = new EvaluationHelpers(urls, SiteLoginService.StandardAccounts["shopping_admin"], http);
            var evaluator = new TaskEvaluator(new StringMatchEvaluator(null), new ProgramHtmlEvaluator(helpers, null, TimeSpan.FromMilliseconds(500)), UrlMatchVariant.Lite);
            var agent = new ObservingAgent();
            var runner = new BrowserTaskRunner(host, login, agent, evaluator, PublicUrlMapper.ForSites(urls));
            var store = new JsonlResultStore(Path.Combine(output, "results.jsonl"));

            var summary = await new SuiteRunner(runner, null, NullLogger<SuiteRunner>.Instance)
                .RunAsync(tasks, store, new SuiteRunOptions { MaxConcurrency = 2, OutputFolder = output, TaskTimeout = TimeSpan.FromSeconds(60) });

            var results = store.ReadAll().ToDictionary(r => r.TaskId);
            Assert.That(results.Values.Select(r => r.Error), Has.All.Null, string.Join("\n", results.Values.Select(r => r.Error)));
            Assert.That(results[1].Success, Is.True, string.Join("\n", results[1].Verdicts.SelectMany(v => v.Explanation)));
            Assert.That(results[1].Answer, Is.EqualTo("The Blue mug costs $12.50"));
            Assert.That(results[1].FinalUrl, Is.EqualTo(site.Url("/mugs/blue")));
            Assert.That(results[2].Success, Is.True, string.Join("\n", results[2].Verdicts.SelectMany(v => v.Explanation)));
            Assert.That(results[3].Success, Is.True);
            Assert.That(results[4].Success, Is.False, "the red mug costs 9.99");
            Assert.That(results[4].Verdicts.Single().Explanation, Has.Some.Contains("\"12.50\" (token) in prediction → FAIL"));
            Assert.That(summary.Overall.Succeeded, Is.EqualTo(3));
            Assert.That(summary.Groups.Single().Group, Is.EqualTo("shopping"));
            Assert.That(agent.SeenUrls, Has.All.StartWith("http://onestopmarket.com/"), "agents see the public hostname");
            Assert.That(FakeShop.LoginPosts, Is.GreaterThanOrEqualTo(1));
            Assert.That(File.Exists(Path.Combine(output, ".auth", "shopping_state.json")), Is.True);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task An_agent_error_is_recorded_as_an_error_without_evaluation()
    {
        await using var site = await LocalSite.StartAsync();
        FakeShop.Install(site);
        var output = Directory.CreateTempSubdirectory("planact-e2e-error").FullName;
        try
        {
            var urls = new SiteUrls(new Dictionary<string, string> { ["shopping"] = site.BaseUrl });
            var task = new TaskConfigLoader(urls).Parse(Configs, "e2e.json").Single(t => t.TaskId == 1);
            await using var host = await BrowserHost.LaunchAsync(new BrowserOptions());
            using var http = new HttpClient();
            var login = new SiteLoginService(urls, SiteLoginService.StandardAccounts, FormLoginFlow.Standard, Path.Combine(output, ".auth"),
                TimeSpan.FromHours(1), TimeSpan.FromSeconds(10), NullLogger<SiteLoginService>.Instance);
            var evaluator = new TaskEvaluator(new StringMatchEvaluator(null), new ProgramHtmlEvaluator(new EvaluationHelpers(urls, SiteLoginService.StandardAccounts["shopping_admin"], http), null, TimeSpan.FromMilliseconds(500)), UrlMatchVariant.Lite);
            var agent = new FailingAgent();
            var runner = new BrowserTaskRunner(host, login, agent, evaluator, PublicUrlMapper.ForSites(urls));

            var result = await runner.RunAsync(task, new TaskRunContext(null, output, null), CancellationToken.None);

            Assert.That(result.Status, Is.EqualTo(TaskRunStatus.Error));
            Assert.That(result.Error, Is.EqualTo("ModelError: the planner endpoint answered 503"));
            Assert.That(result.AgentStatus, Is.EqualTo("ModelError"));
            Assert.That(result.Verdicts, Is.Empty, "not evaluated");
            Assert.That(result.Steps, Is.EqualTo(2));
            Assert.That(agent.SeenUrl, Is.EqualTo("http://onestopmarket.com/mugs"), "the agent got the signed-in start page");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private sealed class FailingAgent : IWebAgent
    {
        public string? SeenUrl { get; private set; }

        public Task<AgentOutcome> RunAsync(WebArenaTask task, BrowserSession session, TaskRunContext context, CancellationToken cancellationToken)
        {
            SeenUrl = session.CurrentUrl;
            return Task.FromResult(new AgentOutcome { Status = "ModelError", Error = "ModelError: the planner endpoint answered 503", Steps = 2 });
        }
    }
}
