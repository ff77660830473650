using System.Text.Json.Nodes;
using NUnit.Framework;
using PlanAct.Agents.Running;
using PlanAct.Agents.Tests.Support;
using PlanAct.Agents.Trajectory;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests;

/// <summary>
/// The planner/executor group chat against fake model servers (real HTTP, real OpenAI SDK) and an in-memory site.
/// The fake models read the observations they are sent.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed class GroupChatTests
{
    private FakeOpenAIServer _planner = null!;
    private FakeOpenAIServer _executor = null!;

    [OneTimeSetUp]
    public async Task StartServers()
    {
        _planner = await FakeOpenAIServer.StartAsync();
        _executor = await FakeOpenAIServer.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        await _planner.DisposeAsync();
        await _executor.DisposeAsync();
    }

    [SetUp]
    public void ResetServers()
    {
        _planner.Reset();
        _executor.Reset();
        _planner.Responder = null;
        _executor.Responder = null;
    }

    private PlanActRunner Runner(AgentOptions options, CostLedger? ledger = null)
        => new(AgentTestHost.Client(_planner, "anthropic/claude-sonnet-4"), AgentTestHost.Client(_executor, "executor"), options, costLedger: ledger);

    private static WebTask Task(string intent = ShopSite.Intent) => new("t1", intent, "http://fake.test/");

    private IReadOnlyList<RecordedRequest> PlannerRequests => _planner.ModelRequests;

    private IReadOnlyList<RecordedRequest> ExecutorRequests => _executor.ModelRequests;

    [TestCase(ExecutorMode.Tools)]
    [TestCase(ExecutorMode.WebArena)]
    [TestCase(ExecutorMode.WebRL)]
    [TestCase(ExecutorMode.BrowserGym)]
    public async Task Each_executor_mode_completes_a_search_then_click_task(ExecutorMode mode)
    {
        var web = ShopSite.Create();
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = FakeExecutorPolicy.For(mode);

        var result = await Runner(new AgentOptions { ExecutorMode = mode, ExecutorObservation = ObservationFormat.AccessibilityTree }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(result.Answer, Is.EqualTo("$12"));
        Assert.That(result.Steps, Is.EqualTo(2));
        Assert.That(web.Executed.Select(a => a.Kind), Is.EqualTo(new[] { BrowserActionKind.Type, BrowserActionKind.Click }));
        Assert.That(web.Executed[0].Argument, Is.EqualTo("mug"));
        Assert.That(web.Executed[0].PressEnter, Is.True);
        Assert.That(PlannerRequests, Has.Count.EqualTo(3));
        Assert.That(ExecutorRequests, Has.Count.EqualTo(2), "one executor call per step: one action per turn");
        Assert.That(ExecutorRequests[0].ToolNames, mode == ExecutorMode.Tools ? Does.Contain("click") : Is.Empty);
        Assert.That(result.Trajectory.Count(s => !s.IsFinal), Is.EqualTo(2));
        Assert.That(result.Trajectory[^1].IsFinal, Is.True);
        Assert.That(result.PlannerUsage.Calls, Is.EqualTo(3));
        Assert.That(result.ExecutorUsage.Calls, Is.EqualTo(2));
        Assert.That(result.PlannerUsage.InputTokens, Is.GreaterThan(0));
        Assert.That(web.Observations, Is.EqualTo(3), "same format for both roles: the executor reuses the planner's observation of the unchanged page");
    }

    [Test]
    public async Task Planner_never_sees_tool_plumbing_and_gets_a_fresh_compact_prompt()
    {
        var web = ShopSite.Create();
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.Tools);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.Tools }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        foreach (var request in PlannerRequests)
        {
            Assert.That(request.Json!["tools"], Is.Null);
            Assert.That(request.Messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user" }), "one system and one fresh user message per turn");
            Assert.That(request.Body, Does.Not.Contain("tool_call"));
        }

        var systems = PlannerRequests.Select(r => r.Messages[0].Text).Distinct().ToList();
        Assert.That(systems, Has.Count.EqualTo(1), "the system prompt is byte-identical across steps");
        Assert.That(PlannerRequests[1].LastUserText, Does.Contain("type [").And.Contain("outcome:"));
        Assert.That(ExecutorRequests.Select(r => r.Messages.Count), Is.All.EqualTo(2));
    }

    [Test]
    public async Task A_failed_action_is_shown_to_the_planner_which_replans()
    {
        var web = ShopSite.Create();
        _planner.Responder = r =>
        {
            var page = PlannerText.Page(r.LastUserText);
            if (page.Contains("Blue mug price", StringComparison.Ordinal))
            {
                return FakeReply.Text(PlannerText.Stop("$12"));
            }

            if (ObservationReader.FindId(page, "Blue mug") is not null)
            {
                return FakeReply.Text(PlannerText.Instruct("Click the link 'Blue mug'"));
            }

            // First guess names a link that does not exist; after a failure, use what the page shows.
            return FakeReply.Text(PlannerText.LastStepFailed(r.LastUserText)
                ? PlannerText.Instruct("Click the link 'Products'", "1. Open Products\n2. Open the mug")
                : PlannerText.Instruct("Click the link 'Catalogue'", "1. Open the catalogue\n2. Open the mug"));
        };
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.BrowserGym);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.BrowserGym }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(result.Answer, Is.EqualTo("$12"));
        var steps = result.Trajectory.Where(s => !s.IsFinal).ToList();
        Assert.That(steps.Select(s => s.Success), Is.EqualTo(new[] { false, true, true }));
        Assert.That(steps[0].Action, Is.Null);
        Assert.That(steps[0].Outcome, Does.Contain("did not parse"));
        Assert.That(steps[1].Instruction, Does.Contain("Products"));
        Assert.That(PlannerRequests[1].LastUserText, Does.Contain("FAILED"));
    }

    [Test]
    public async Task Max_steps_ends_the_task_after_the_last_planner_turn()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Scroll down the page"));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, MaxSteps = 2, MaxIdenticalActions = 5 }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.MaxSteps), result.Reason);
        Assert.That(result.Steps, Is.EqualTo(2));
        Assert.That(PlannerRequests, Has.Count.EqualTo(3), "the planner gets a final turn after the last step");
        Assert.That(result.Answer, Is.Null);
    }

    [Test]
    public async Task Identical_consecutive_actions_end_the_task()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Click the link 'Refresh'"));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebRL);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebRL, MaxIdenticalActions = 3 }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.RepeatedActions), result.Reason);
        Assert.That(result.Steps, Is.EqualTo(3));
        Assert.That(web.Executed.Distinct().Count(), Is.EqualTo(3), "ids differ per observation, so the executor read each page");
    }

    [Test]
    public async Task Consecutive_failed_actions_end_the_task()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Click the link 'Nowhere'"));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, MaxConsecutiveFailures = 3 }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.ConsecutiveFailures), result.Reason);
        Assert.That(result.Steps, Is.EqualTo(3));
        Assert.That(web.Executed, Is.Empty);
    }

    [Test]
    public async Task A_planner_reply_that_does_not_parse_is_asked_again_once_then_fails()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Text("Let me think about what to do here.");

        var result = await Runner(new AgentOptions()).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.PlannerFormatError), result.Reason);
        Assert.That(PlannerRequests, Has.Count.EqualTo(2));
        Assert.That(PlannerRequests[1].LastUserText, Does.Contain("could not be used").And.Contain("INSTRUCTION"));
        Assert.That(ExecutorRequests, Is.Empty);
    }

    [Test]
    public async Task A_planner_reply_that_parses_on_the_retry_continues()
    {
        var web = ShopSite.Create();
        _planner.Enqueue(FakeReply.Text("Hmm."));
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.BrowserGym);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.BrowserGym }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(PlannerRequests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_planner_endpoint_error_ends_the_task_with_a_clear_status_and_no_secret()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Error(401, "Invalid API key sk-test-secret-123456");

        var result = await Runner(new AgentOptions()).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.ModelError));
        Assert.That(result.Reason, Does.Contain("planner").And.Contain("401"));
        Assert.That(result.Reason, Does.Not.Contain("sk-test-secret-123456"));
    }

    [Test]
    public async Task An_executor_endpoint_error_ends_the_task_with_a_clear_status()
    {
        var web = ShopSite.Create();
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = _ => FakeReply.Error(503, "no healthy upstream");

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.Tools }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.ModelError));
        Assert.That(result.Reason, Does.Contain("executor").And.Contain("503"));
    }

    [Test]
    public async Task The_task_budget_stops_the_task()
    {
        var web = ShopSite.Create();
        var usage = new FakeUsage(100, 20, Cost: 0.01);
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Scroll down the page"), usage);
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena, usage);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, MaxTaskCostUsd = 0.035m, MaxIdenticalActions = 10 }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.BudgetExceeded), result.Reason);
        Assert.That(result.TotalCostUsd, Is.EqualTo(0.04m));
        Assert.That(PlannerRequests.Count + ExecutorRequests.Count, Is.EqualTo(4));
    }

    [Test]
    public async Task The_run_budget_shared_by_tasks_stops_the_next_task()
    {
        var usage = new FakeUsage(100, 20, Cost: 0.01);
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText), usage);
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena, usage);
        var ledger = new CostLedger();
        var runner = Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, MaxRunCostUsd = 0.06m }, ledger);

        var first = await runner.RunCoreAsync(Task(), ShopSite.Create(), null, CancellationToken.None);
        var second = await runner.RunCoreAsync(Task() with { Id = "t2" }, ShopSite.Create(), null, CancellationToken.None);

        Assert.That(first.Status, Is.EqualTo(WebTaskStatus.Completed), first.Reason);
        Assert.That(first.TotalCostUsd, Is.EqualTo(0.05m));
        Assert.That(second.Status, Is.EqualTo(WebTaskStatus.BudgetExceeded), second.Reason);
        Assert.That(second.Reason, Does.Contain("run"));
        Assert.That(ledger.TotalUsd, Is.EqualTo(first.TotalCostUsd + second.TotalCostUsd));
    }

    [Test]
    public async Task Cancellation_ends_the_task_as_cancelled()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Scroll down the page"));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);
        using var cts = new CancellationTokenSource();

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, MaxIdenticalActions = 30 }).RunCoreAsync(
            Task(), web, p => { if (p.Kind == ProgressKind.StepCompleted) { cts.Cancel(); } }, cts.Token);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Cancelled), result.Reason);
        Assert.That(result.Steps, Is.EqualTo(1));
    }

    [Test]
    public async Task Replanning_only_on_failure_carries_the_plan_over_without_planner_calls()
    {
        var web = ShopSite.Create();
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, ReplanPolicy = ReplanPolicy.OnFailure, MaxSteps = 3 }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        // Step 1 (planned): search; step 2 (carried): click the mug from the plan; step 3 (carried): nothing to do -> failure -> replan -> stop.
        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(result.Answer, Is.EqualTo("$12"));
        Assert.That(result.Trajectory.Where(s => !s.IsFinal).Select(s => s.Replanned), Is.EqualTo(new[] { true, false, false }));
        Assert.That(PlannerRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Progress_events_stream_the_task()
    {
        var web = ShopSite.Create();
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);
        var events = new List<PlanActProgress>();

        await foreach (var e in Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena }).StreamCoreAsync(Task(), web, CancellationToken.None))
        {
            events.Add(e);
        }

        Assert.That(events[0].Kind, Is.EqualTo(ProgressKind.TaskStarted));
        Assert.That(events.Count(e => e.Kind == ProgressKind.StepCompleted), Is.EqualTo(2));
        Assert.That(events.Count(e => e.Kind == ProgressKind.PlannerTurn), Is.EqualTo(3));
        Assert.That(events[^1].Kind, Is.EqualTo(ProgressKind.TaskEnded));
        Assert.That(events[^1].Result!.Answer, Is.EqualTo("$12"));
    }

    [Test]
    public async Task Structured_output_asks_for_a_json_schema_and_accepts_json_replies()
    {
        var web = ShopSite.Create();
        _planner.Responder = r =>
        {
            var page = PlannerText.Page(r.LastUserText);
            return page.Contains("Blue mug price: $12", StringComparison.Ordinal)
                ? FakeReply.Text("""{"reasoning":"price shown","global_plan":"done","memory":"price $12","instruction":null,"done":true,"final_answer":"$12"}""")
                : FakeReply.Text(ObservationReader.FindId(page, "Blue mug") is not null
                    ? """{"reasoning":"r","global_plan":"1. open mug","memory":"","instruction":"Click the link 'Blue mug'","done":false,"final_answer":null}"""
                    : """{"reasoning":"r","global_plan":"1. products","memory":"","instruction":"Click the link 'Products'","done":false,"final_answer":null}""");
        };
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, PlannerStructuredOutput = true }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(result.Answer, Is.EqualTo("$12"));
        var format = PlannerRequests[0].Json!["response_format"]!;
        Assert.That(format["type"]!.GetValue<string>(), Is.EqualTo("json_schema"));
        Assert.That(format["json_schema"]!["schema"]!["properties"]!["instruction"], Is.Not.Null);
    }

    [Test]
    public async Task Prompt_caching_marks_the_stable_planner_prefix_cacheable()
    {
        var web = ShopSite.Create();
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, PromptCaching = true }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        var systems = PlannerRequests.Select(r => r.Json!["messages"]![0]!.ToJsonString()).Distinct().ToList();
        Assert.That(systems, Has.Count.EqualTo(1), "byte-identical system message on every planner call");
        var content = (JsonArray)PlannerRequests[0].Json!["messages"]![0]!["content"]!;
        Assert.That(content[0]!["cache_control"]!["type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
        Assert.That(content[0]!["text"]!.GetValue<string>(), Does.StartWith("You are the Planner"));
    }

    [Test]
    public async Task Trajectory_is_saved_as_json_and_self_contained_html()
    {
        var web = ShopSite.Create();
        var dir = Path.Combine(Path.GetTempPath(), "planact-traj-" + Guid.NewGuid().ToString("N"));
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText) + "\n<script>alert(1)</script>");
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);
        try
        {
            var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, TrajectoryDirectory = dir, CaptureScreenshots = true })
                .RunCoreAsync(Task() with { Id = "task/7" }, web, null, CancellationToken.None);

            Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
            Assert.That(result.TrajectoryJsonPath, Is.EqualTo(Path.Combine(dir, "task_7.json")));
            var document = TrajectoryJsonWriter.Parse(await File.ReadAllTextAsync(result.TrajectoryJsonPath!));
            Assert.That(document.Steps, Has.Count.EqualTo(3));
            Assert.That(document.Result.Answer, Is.EqualTo("$12"));
            Assert.That(document.Steps[0].Action!.Kind, Is.EqualTo(BrowserActionKind.Type));
            Assert.That(document.Steps[0].Screenshot, Is.Not.Null.And.Not.Empty);
            Assert.That(document.Steps[0].Observation, Does.Contain("textbox 'Search'"));
            var html = await File.ReadAllTextAsync(result.TrajectoryHtmlPath!);
            Assert.That(html, Does.Contain("data:image/png;base64,"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Contain("Step 2").And.Contain("Final answer"));
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
    public async Task A_page_that_cannot_be_observed_ends_the_task_as_a_browser_error()
    {
        var web = ShopSite.Create();
        web.BrokenPaths.Add("/products");
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Click the link 'Products'"));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena }).RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.BrowserError), result.Reason);
        Assert.That(result.Reason, Does.Contain("Observing the page failed").And.Contain("has been closed"));
        Assert.That(result.Steps, Is.EqualTo(1));
    }

    [Test]
    public async Task A_start_page_that_does_not_open_ends_the_task_before_any_model_call()
    {
        var result = await Runner(new AgentOptions()).RunCoreAsync(new WebTask("t", "x", "http://fake.test/missing"), ShopSite.Create(), null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.BrowserError));
        Assert.That(result.Reason, Does.Contain("/missing"));
        Assert.That(PlannerRequests, Is.Empty);
    }

    [Test]
    public async Task Tools_mode_executes_only_the_first_of_several_tool_calls_and_does_not_call_the_model_again()
    {
        var web = ShopSite.Create();
        _planner.Responder = r => FakeReply.Text(ShopSite.PlanBySearching(r.LastUserText));
        _executor.Responder = r =>
        {
            // Each reply carries the right action first, then a second action that must not run.
            var page = ObservationReader.CurrentPage(r.LastUserText);
            if (FakeExecutorPolicy.Instruction(r.LastUserText).StartsWith("Type", StringComparison.Ordinal))
            {
                var search = ObservationReader.FindId(page, "Search", "textbox");
                var products = ObservationReader.FindId(page, "Products", "link");
                return FakeReply.ToolCalls([new FakeToolCall("type", $$"""{"id":"{{search}}","text":"mug","press_enter":true}""", "c1"), new FakeToolCall("click", $$"""{"id":"{{products}}"}""", "c2")]);
            }

            var mug = ObservationReader.FindId(page, "Blue mug", "link");
            return FakeReply.ToolCalls([new FakeToolCall("click", $$"""{"id":"{{mug}}"}""", "c1"), new FakeToolCall("click", $$"""{"id":"{{mug}}"}""", "c2")]);
        };

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.Tools }).RunCoreAsync(Task(), web, p => TestContext.Out.WriteLine($"{p.Kind} {p.Message}"), timeout.Token);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.Completed), result.Reason);
        Assert.That(web.Executed.Select(a => a.Kind), Is.EqualTo(new[] { BrowserActionKind.Type, BrowserActionKind.Click }), "the second call of each reply is skipped");
        Assert.That(ExecutorRequests, Has.Count.EqualTo(2), "the function loop ends after the action; no second model call per turn");
        Assert.That(result.Steps, Is.EqualTo(2));
    }

    [Test]
    public async Task Replanning_every_n_steps_calls_the_planner_on_schedule()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Scroll down the page", "1. Scroll down the page"));
        _executor.Responder = FakeExecutorPolicy.For(ExecutorMode.WebArena);

        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.WebArena, ReplanPolicy = ReplanPolicy.EveryNSteps, ReplanInterval = 2, MaxSteps = 5, MaxIdenticalActions = 10 })
            .RunCoreAsync(Task(), web, null, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.MaxSteps), result.Reason);
        Assert.That(result.Trajectory.Select(s => s.Replanned), Is.EqualTo(new[] { true, false, true, false, true }));
        Assert.That(PlannerRequests, Has.Count.EqualTo(3), "before steps 1, 3 and 5; the turn after step 5 is carried over");
    }

    [Test]
    public async Task Tools_mode_call_to_an_unknown_tool_is_a_failed_step_without_a_second_model_call()
    {
        var web = ShopSite.Create();
        _planner.Responder = _ => FakeReply.Text(PlannerText.Instruct("Click the link 'Products'"));
        _executor.Responder = _ => FakeReply.ToolCall("fly", """{"to":"moon"}""");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var result = await Runner(new AgentOptions { ExecutorMode = ExecutorMode.Tools, MaxConsecutiveFailures = 2 }).RunCoreAsync(Task(), web, null, timeout.Token);

        Assert.That(result.Status, Is.EqualTo(WebTaskStatus.ConsecutiveFailures), result.Reason);
        Assert.That(result.Trajectory[0].Outcome, Does.Contain("invalid tool call"));
        Assert.That(result.Trajectory[0].ExecutorOutput, Does.StartWith("fly("));
        Assert.That(ExecutorRequests, Has.Count.EqualTo(2), "one model call per executor turn");
        Assert.That(web.Executed, Is.Empty);
    }
}
