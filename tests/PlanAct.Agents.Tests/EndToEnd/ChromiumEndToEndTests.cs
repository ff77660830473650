using NUnit.Framework;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Running;
using PlanAct.Agents.Tests.Connectors;
using PlanAct.Agents.Tests.Support;
using PlanAct.Agents.Trajectory;
using PlanAct.Agents.Usage;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Observation;
using PlanAct.Testing;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.EndToEnd;

/// <summary>
/// End to end: real Chromium on pages served on 127.0.0.1, the connectors' real client stack, and fake
/// OpenAI-compatible servers playing planner and executor by reading the observations they are sent.
/// One browser for the fixture; a fresh session per test. The fake executors read the accessibility tree, so the tests ask for it.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed class ChromiumEndToEndTests
{
    private BrowserHost _host = null!;
    private LocalSite _site = null!;
    private FakeModelServers _servers = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await BrowserHost.LaunchAsync(new BrowserOptions { ActionTimeoutMs = 1500, NavigationTimeoutMs = 10000, SettleTimeoutMs = 1500 });
        _site = (await LocalSite.StartAsync()).AddShop();
        _servers = await FakeModelServers.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _servers.DisposeAsync();
        await _site.DisposeAsync();
        await _host.DisposeAsync();
    }

    [SetUp]
    public void Reset() => _servers.Reset();

    private WebTask ShopTask(string id = "e2e") => new(id, ShopSite.Intent, _site.Url("/")) { AllowedSites = [_site.BaseUrl] };

    private static Func<RecordedRequest, FakeReply> Planner(Func<string, string> policy) => r => FakeReply.Text(policy(r.LastUserText), new FakeUsage(1000, 80));

    private (PlanActRunner Runner, ModelClientFactory Factory, UsageTracker Usage) Runner(AgentOptions options)
    {
        var usage = new UsageTracker();
        var factory = FakeModelServers.Factory(_servers.Options(), usage);
        var runner = new PlanActRunner(factory.GetChatClient(ModelRole.Planner), factory.GetChatClient(ModelRole.Executor), options) { UsageTracker = usage };
        return (runner, factory, usage);
    }

    [TestCase(ExecutorMode.Tools)]
    [TestCase(ExecutorMode.WebArena)]
    [TestCase(ExecutorMode.WebRL)]
    [TestCase(ExecutorMode.BrowserGym)]
    public async Task Each_executor_mode_searches_opens_the_product_and_answers(ExecutorMode mode)
    {
        _servers.Planner.Responder = Planner(ShopSite.PlanBySearching);
        _servers.Executor.Responder = FakeExecutorPolicy.For(mode);
        var (runner, factory, usage) = Runner(new AgentOptions { ExecutorObservation = ObservationFormat.AccessibilityTree, ExecutorMode = mode, MaxSteps = 6 });
        using var _ = factory;
        await using var session = await _host.NewSessionAsync();

        var result = await runner.RunAsync(ShopTask(), session);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(result.Answer, Is.EqualTo("$12"));
        Assert.That(result.Steps, Is.EqualTo(2));
        Assert.That(result.FinalUrl, Does.EndWith("/mug"));
        Assert.That(_site.Requests, Does.Contain("/search?q=mug"));
        Assert.That(result.Trajectory[0].Action!.Kind, Is.EqualTo(BrowserActionKind.Type));
        Assert.That(result.Trajectory[0].Observation, Does.Contain("textbox 'Search'"));
        Assert.That(result.Trajectory[1].UrlBefore, Does.Contain("/search"));
        Assert.That(usage.ForTask("e2e", ModelRole.Planner).Calls, Is.EqualTo(3));
        Assert.That(usage.ForTask("e2e", ModelRole.Executor).Calls, Is.EqualTo(2));
        Assert.That(result.PlannerUsage.InputTokens, Is.EqualTo(3000));
        if (mode == ExecutorMode.Tools)
        {
            Assert.That(_servers.Executor.ModelRequests[0].ToolNames, Does.Contain("click").And.Contain("type").And.Not.Contain("stop"));
        }
    }

    [Test]
    public async Task A_failed_action_on_a_real_page_makes_the_planner_replan()
    {
        _servers.Planner.Responder = Planner(prompt =>
        {
            var page = PlannerText.Page(prompt);
            if (page.Contains("Blue mug price: $12", StringComparison.Ordinal))
            {
                return PlannerText.Stop("$12");
            }

            if (ObservationReader.FindId(page, "Blue mug", "link") is not null)
            {
                return PlannerText.Instruct("Click the link 'Blue mug'");
            }

            return PlannerText.LastStepFailed(prompt)
                ? PlannerText.Instruct("Click the link 'Products'")
                : PlannerText.Instruct("Click the link 'Catalogue'");
        });
        _servers.Executor.Responder = FakeExecutorPolicy.For(ExecutorMode.Tools);
        var (runner, factory, _) = Runner(new AgentOptions { ExecutorObservation = ObservationFormat.AccessibilityTree, ExecutorMode = ExecutorMode.Tools, MaxSteps = 6 });
        using var _ = factory;
        await using var session = await _host.NewSessionAsync();

        var result = await runner.RunAsync(ShopTask(), session);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        var steps = result.Trajectory.Where(s => !s.IsFinal).ToList();
        Assert.That(steps.Select(s => s.Success), Is.EqualTo(new[] { false, true, true }));
        Assert.That(steps[0].Outcome, Does.Contain("no tool was called"));
        Assert.That(_servers.Planner.ModelRequests[1].LastUserText, Does.Contain("FAILED"));
        Assert.That(result.FinalUrl, Does.EndWith("/mug"));
    }

    [Test]
    public async Task A_failing_planner_endpoint_falls_back_and_the_task_still_completes()
    {
        // The primary planner endpoint is down (503); the connectors fall back to the executor's endpoint, whose
        // fake plays whichever role the request's system prompt asks for.
        _servers.Planner.DefaultReply = FakeReply.Error(503, "No provider available");
        var planner = Planner(ShopSite.PlanBySearching);
        var executor = FakeExecutorPolicy.For(ExecutorMode.WebArena);
        _servers.Executor.Responder = r => r.Messages.Count > 0 && r.Messages[0].Text.StartsWith("You are the Planner", StringComparison.Ordinal) ? planner(r) : executor(r);
        var (runner, factory, usage) = Runner(new AgentOptions { ExecutorObservation = ObservationFormat.AccessibilityTree, ExecutorMode = ExecutorMode.WebArena, MaxSteps = 6 });
        using var _ = factory;
        await using var session = await _host.NewSessionAsync();

        var result = await runner.RunAsync(ShopTask(), session);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(result.Answer, Is.EqualTo("$12"));
        Assert.That(usage.RunTotals.FallbackCalls, Is.EqualTo(3));
        Assert.That(_servers.Planner.ModelRequests, Is.Not.Empty);
    }

    [Test]
    public async Task A_planner_endpoint_failure_without_fallback_ends_the_task_cleanly()
    {
        _servers.Planner.DefaultReply = FakeReply.Error(402, "Insufficient credits");
        var options = _servers.Options();
        options.PlannerFallback.Enabled = false;
        using var factory = FakeModelServers.Factory(options);
        var runner = new PlanActRunner(factory.GetChatClient(ModelRole.Planner), factory.GetChatClient(ModelRole.Executor), new AgentOptions { ExecutorObservation = ObservationFormat.AccessibilityTree });
        await using var session = await _host.NewSessionAsync();

        var result = await runner.RunAsync(ShopTask(), session);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.ModelError));
        Assert.That(result.Reason, Does.Contain("planner"));
        Assert.That(result.Reason, Does.Not.Contain(FakeModelServers.PlannerKey));
        Assert.That(_servers.Executor.ModelRequests, Is.Empty);
    }

    [Test]
    public async Task A_new_browser_is_always_closed_and_the_trajectory_has_real_screenshots()
    {
        _servers.Planner.Responder = Planner(ShopSite.PlanBySearching);
        _servers.Executor.Responder = FakeExecutorPolicy.For(ExecutorMode.BrowserGym);
        var dir = Path.Combine(Path.GetTempPath(), "planact-e2e-" + Guid.NewGuid().ToString("N"));
        var (runner, factory, _) = Runner(new AgentOptions { ExecutorObservation = ObservationFormat.AccessibilityTree, ExecutorMode = ExecutorMode.BrowserGym, TrajectoryDirectory = dir, CaptureScreenshots = true });
        using var _ = factory;
        try
        {
            var result = await runner.RunWithNewBrowserAsync(ShopTask("shot"), new BrowserOptions { ActionTimeoutMs = 1500, SettleTimeoutMs = 1500 });

            Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
            var document = TrajectoryJsonWriter.Parse(await File.ReadAllTextAsync(result.TrajectoryJsonPath!));
            var png = document.Steps[0].Screenshot!;
            Assert.That(png.Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
            var html = await File.ReadAllTextAsync(result.TrajectoryHtmlPath!);
            Assert.That(html, Does.Contain("data:image/png;base64,iVBOR"));
            Assert.That(html, Does.Contain("Blue mug price: $12"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Test]
    public async Task The_budget_counts_costs_priced_by_the_connectors_when_the_provider_reports_none()
    {
        _servers.Planner.Responder = Planner(_ => PlannerText.Instruct("Scroll down the page"));
        _servers.Executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);
        var options = _servers.Options();
        options.Planner.InputPricePerMillion = 10m;
        options.Planner.OutputPricePerMillion = 0m;
        var usage = new UsageTracker();
        using var factory = FakeModelServers.Factory(options, usage);
        var runner = new PlanActRunner(factory.GetChatClient(ModelRole.Planner), factory.GetChatClient(ModelRole.Executor), new AgentOptions { ExecutorObservation = ObservationFormat.AccessibilityTree, ExecutorMode = ExecutorMode.WebArena, MaxTaskCostUsd = 0.025m, MaxIdenticalActions = 10 }) { UsageTracker = usage };

        var result = await runner.RunCoreAsync(new WebTask("priced", ShopSite.Intent, "http://fake.test/"), ShopSite.Create(), null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.BudgetExceeded), result.Reason);
        Assert.That(result.PlannerUsage.CostUsd, Is.EqualTo(0.03m), "3 planner calls of 1000 input tokens at $10/M");
        Assert.That(result.Steps, Is.EqualTo(2));
    }
}
