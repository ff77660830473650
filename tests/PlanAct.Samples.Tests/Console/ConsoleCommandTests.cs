using System.Text.Json;
using NUnit.Framework;
using PlanAct.Console.Cli;
using PlanAct.Testing.Browser;
using PlanAct.Testing.FakeAgents;
using PlanAct.Testing.FakeOpenAI;
using PlanAct.WebArena.Results;

namespace PlanAct.Samples.Tests.Console;

public sealed class ConsoleCommandTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = CliHarness.NewTempFolder();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PlanAct.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PlanAct.slnx not found above the test folder.");
    }

    /// <summary>A file under the shared folder next to the repository (../shared from the repo root, or above a worktree).</summary>
    private static string SharedFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(RepoRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "shared", .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Ignore($"shared/{string.Join('/', parts)} is not present next to the repository.");
        return "";
    }

    [Test]
    public async Task Help_lists_every_command_and_the_exit_codes()
    {
        var (code, output) = await CliHarness.InvokeAsync("--help");
        Assert.That(code, Is.EqualTo(0));
        foreach (var command in new[] { "demo", "run", "check", "validate", "report", "install-browser" })
        {
            Assert.That(output, Does.Contain("  " + command), command);
        }

        Assert.That(output, Does.Contain("2 configuration missing/invalid"));
        var (demoCode, demoHelp) = await CliHarness.InvokeAsync("demo", "--help");
        Assert.That(demoCode, Is.EqualTo(0));
        Assert.That(demoHelp, Does.Contain("--tasks").And.Contain("--concurrency").And.Contain("Exit codes"));
    }

    [Test]
    public async Task Unknown_option_is_a_usage_error()
    {
        var (code, output) = await CliHarness.InvokeAsync("check", "--bogus");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(output, Does.Contain("--bogus"));
    }

    [Test]
    public async Task Validate_prints_tasks_per_site_for_webarena_lite()
    {
        var lite = SharedFile("webarena-lite", "test_webarena_lite.raw.json");
        var (code, output) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "validate", lite);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("165 tasks"));
        Assert.That(output, Does.Match(@"│ shopping\s+│ 45 "));
        Assert.That(output, Does.Match(@"│ reddit\s+│ 19 "));
        Assert.That(output, Does.Contain("stand-in URLs"));
    }

    [Test]
    public async Task Validate_demo_tasks_passes()
    {
        var (code, output) = await CliHarness.InvokeAsync("validate", "--demo");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("15 tasks").And.Contain("demo_shop").And.Contain("demo_forum"));
    }

    [Test]
    public async Task Validate_reports_every_error_with_file_task_and_field()
    {
        var path = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(path, """
            [
              {"task_id": 1, "sites": ["shopping"], "start_url": "__SHOPPING__", "intent": "x", "eval": {"eval_types": ["string_match"], "reference_answers": {"exact_match": "a"}}},
              {"task_id": 2, "sites": ["shopping"], "start_url": "__SHOPPING__", "intent": "", "eval": {"eval_types": ["no_such_eval"]}}
            ]
            """);
        var (code, output) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "validate", "bad.json");
        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput), output);
        Assert.That(output, Does.Contain("bad.json"));
        Assert.That(output, Does.Contain("task 2"));
        Assert.That(output, Does.Contain("no_such_eval"));

        var (missingCode, missing) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "validate", "nope.json");
        Assert.That(missingCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(missing, Does.Contain("no such file"));
    }

    [Test]
    public async Task Report_prints_the_summary_and_writes_html_linking_trajectories()
    {
        var trajectory = Path.Combine(_folder, "trajectories", "task-3.html");
        Directory.CreateDirectory(Path.GetDirectoryName(trajectory)!);
        await File.WriteAllTextAsync(trajectory, "<html></html>");
        var lines = new[]
        {
            JsonlResultStore.Serialize(new TaskResult { TaskId = 3, Sites = ["shopping"], Status = TaskRunStatus.Completed, Score = 1, Answer = "Red Ceramic Mug", Steps = 4, TrajectoryPath = trajectory }),
            JsonlResultStore.Serialize(new TaskResult { TaskId = 7, Sites = ["reddit"], Status = TaskRunStatus.Completed, Score = 0, Answer = "wrong", Steps = 9 }),
            JsonlResultStore.Serialize(new TaskResult { TaskId = 8, Sites = ["reddit"], Status = TaskRunStatus.Error, Error = "ModelError: 500" }),
        };
        await File.WriteAllLinesAsync(Path.Combine(_folder, "results.jsonl"), lines);

        var (code, output) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "report", ".");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Match(@"│ shopping\s+│ 1\s+│ 1\s+│ 1\s+│ 0\s+│ 100\.0"));
        Assert.That(output, Does.Match(@"│ reddit\s+│ 2\s+│ 2\s+│ 0\s+│ 1\s+│ 0\.0"));
        Assert.That(output, Does.Contain("errored tasks: 8"));

        var html = await File.ReadAllTextAsync(Path.Combine(_folder, "report.html"));
        Assert.That(html, Does.Contain("<a href=\"trajectories/task-3.html\">trajectory</a>"));
        Assert.That(html, Does.Contain("Red Ceramic Mug"));
        Assert.That(html, Does.Contain("<tr id=\"task-8\">"));

        var (missingCode, missing) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "report", "elsewhere.jsonl");
        Assert.That(missingCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(missing, Does.Contain("No results file"));
    }

    [Test]
    public async Task Report_merges_the_results_of_several_shards()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "shard1"));
        Directory.CreateDirectory(Path.Combine(_folder, "shard2"));
        await File.WriteAllLinesAsync(Path.Combine(_folder, "shard1", "results.jsonl"), new[]
        {
            JsonlResultStore.Serialize(new TaskResult { TaskId = 1, Sites = ["shopping"], Status = TaskRunStatus.Completed, Score = 1, Steps = 3 }),
            JsonlResultStore.Serialize(new TaskResult { TaskId = 2, Sites = ["gitlab"], Status = TaskRunStatus.Error, Error = "ModelError: 502" }),
        });
        await File.WriteAllLinesAsync(Path.Combine(_folder, "shard2", "results.jsonl"), new[]
        {
            JsonlResultStore.Serialize(new TaskResult { TaskId = 2, Sites = ["gitlab"], Status = TaskRunStatus.Completed, Score = 1, Steps = 5 }),
            JsonlResultStore.Serialize(new TaskResult { TaskId = 4, Sites = ["gitlab"], Status = TaskRunStatus.Completed, Score = 0, Steps = 7 }),
        });

        var (code, output) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "report", "shard1", "shard2", "--merged", "all.jsonl");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Match(@"│ gitlab\s+│ 2\s+│ 2\s+│ 1\s+│ 0\s+│ 50\.0"), "task 2's completed rerun replaces its error");
        var mergedLines = JsonlResultStore.Read(Path.Combine(_folder, "all.jsonl"));
        Assert.That(mergedLines.Select(r => r.TaskId), Is.EqualTo(new[] { 1, 2, 4 }));
        Assert.That(mergedLines.Single(r => r.TaskId == 2).Status, Is.EqualTo(TaskRunStatus.Completed));
    }

    [Test]
    public async Task Check_passes_against_a_working_endpoint_and_fails_against_a_broken_one()
    {
        await using var fake = await FakeOpenAIServer.StartAsync();
        fake.PlayAgents(new FakePlanner());
        fake.DefaultReply = FakeReply.Text("ok");
        fake.Responder = null;
        var (code, output) = await CliHarness.InvokeAsync(FakeModels.Environment(fake), _folder, "check");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("All checks passed."));
        Assert.That(output, Does.Contain(FakeModels.PlannerModel).And.Contain(FakeModels.ExecutorModel));
        Assert.That(output, Does.Not.Contain("test-planner-key"), "keys never reach the output");

        fake.Responder = _ => FakeReply.Error(500, "upstream exploded");
        var (failCode, failed) = await CliHarness.InvokeAsync(FakeModels.Environment(fake), _folder, "check");
        Assert.That(failCode, Is.EqualTo(ExitCodes.EndpointCheckFailed), failed);
        Assert.That(failed, Does.Contain("FAILED"));
    }

    [Test]
    public async Task Check_without_configuration_names_what_to_set()
    {
        var (code, output) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "check");
        Assert.That(code, Is.EqualTo(ExitCodes.ConfigurationError), output);
        Assert.That(output, Does.Contain("OPENROUTER_API_KEY"));
    }

    [Test]
    public async Task Demo_without_an_endpoint_stops_at_once_and_says_what_to_set()
    {
        var (code, output) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "demo");
        Assert.That(code, Is.EqualTo(ExitCodes.ConfigurationError), output);
        Assert.That(output, Does.Contain("planact demo needs an LLM endpoint"));
        Assert.That(output, Does.Contain("set OPENROUTER_API_KEY"));
        Assert.That(output, Does.Not.Contain("Demo site:"), "nothing is launched");
        Assert.That(Directory.EnumerateFileSystemEntries(_folder), Is.Empty, "nothing is written");
    }

    [Test]
    public async Task Demo_with_only_an_openrouter_key_runs_the_executor_on_openrouter_too()
    {
        var environment = new Dictionary<string, string?> { ["OPENROUTER_API_KEY"] = "sk-or-test", ["PlanAct__Browser__ExecutablePath"] = "/nonexistent/chromium" };
        var (code, output) = await CliHarness.InvokeAsync(environment, _folder, "demo");
        Assert.That(output, Does.Contain("planner:  anthropic/claude-sonnet-4 at https://openrouter.ai/api/v1"));
        Assert.That(output, Does.Contain("executor: qwen/qwen-2.5-7b-instruct at https://openrouter.ai/api/v1"));
        Assert.That(output, Does.Not.Contain("sk-or-test"));
        Assert.That(code, Is.EqualTo(ExitCodes.BrowserUnavailable), "stops at the browser check before calling any model");
        Assert.That(output, Does.Contain("/nonexistent/chromium"));
    }

    [Test]
    public async Task Demo_list_needs_no_endpoint()
    {
        var (code, output) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "demo", "--list");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("Open the product page of the Green Canvas Backpack."));
    }

    [Test]
    [Category("Browser")]
    public async Task Demo_runs_the_agents_end_to_end_on_demo_tasks_with_fake_models()
    {
        await using var fake = await FakeOpenAIServer.StartAsync();
        const string backpack = "Green Canvas Backpack";
        const string notebooks = "products are in the Notebooks category";
        var planner = new FakePlanner()
            .StopWhen(backpack, (page, url) => url.Contains("/product/", StringComparison.Ordinal) && PageText.Has(page, "Add to cart", "button"),
                page => "I opened the product page.")
            .ClickLinkIfShown(backpack, "Green Canvas Backpack")
            .ClickLinkIfShown(backpack, "Backpacks")
            .StopWhen(notebooks, (page, url) => url.Contains("/category/notebooks", StringComparison.Ordinal) && CountShown(page) is not null,
                page => CountShown(page)!)
            .ClickLinkIfShown(notebooks, "Notebooks");
        fake.PlayAgents(planner);
        var environment = FakeModels.Environment(fake);
        environment["PlanAct__Browser__ExecutablePath"] = TestBrowser.ExecutablePath;
        environment["PlanAct__Agents__MaxSteps"] = "8";

        var (code, output) = await CliHarness.InvokeAsync(environment, _folder, "demo", "--tasks", "5,10", "--output", "out");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("✓ task 5").And.Contain("✓ task 10"), output);
        Assert.That(output, Does.Match(@"│ overall\s+│ 2\s+│ 2\s+│ 2\s+│ 0\s+│ 100\.0"));

        var results = JsonlResultStore.Read(Path.Combine(_folder, "out", "results.jsonl"));
        Assert.That(results.Select(r => r.TaskId), Is.EquivalentTo(new[] { 5, 10 }));
        Assert.That(results.Single(r => r.TaskId == 10).Answer, Is.EqualTo("15"));
        Assert.That(results.Single(r => r.TaskId == 5).FinalUrl, Does.EndWith("/product/63"));
        foreach (var r in results)
        {
            Assert.That(r.TrajectoryPath, Is.Not.Null.And.Not.Empty);
            Assert.That(File.Exists(r.TrajectoryPath), Is.True, r.TrajectoryPath);
        }

        Assert.That(await File.ReadAllTextAsync(Path.Combine(_folder, "out", "report.html")), Does.Contain("trajectory</a>"));
        Assert.That(fake.ModelRequests.Any(r => r.Model == FakeModels.ExecutorModel), Is.True, "the executor acted");
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "out", "summary.json")));
        Assert.That(summary.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object));
    }

    [Test]
    [Category("Browser")]
    public async Task Demo_shows_live_progress_bars_on_a_terminal_and_plain_lines_when_redirected()
    {
        await using var fake = await FakeOpenAIServer.StartAsync();
        const string backpack = "Green Canvas Backpack";
        fake.PlayAgents(new FakePlanner()
            .StopWhen(backpack, (page, url) => url.Contains("/product/", StringComparison.Ordinal) && PageText.Has(page, "Add to cart", "button"), _ => "Opened it.")
            .ClickLinkIfShown(backpack, "Green Canvas Backpack")
            .ClickLinkIfShown(backpack, "Backpacks"));
        var environment = FakeModels.Environment(fake);
        environment["PlanAct__Browser__ExecutablePath"] = TestBrowser.ExecutablePath;
        environment["PlanAct__Agents__MaxSteps"] = "8";

        var (liveCode, live) = await CliHarness.InvokeAsync(environment, _folder, terminal: true, "demo", "--tasks", "5", "--output", "live");
        var (plainCode, plain) = await CliHarness.InvokeAsync(environment, _folder, terminal: false, "demo", "--tasks", "5", "--output", "plain");

        Assert.That((liveCode, plainCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), live + plain);
        Assert.That(live, Does.Contain("✓ task 5"));
        Assert.That(live.Contains("\u001b[", StringComparison.Ordinal), Is.True, "a redrawn (ANSI) progress display");
        Assert.That(live, Does.Contain("task 5 step 1: "), "the bar names the step");
        Assert.That(live, Does.Not.Contain("agent finished"), "no per-event lines on a terminal");
        Assert.That(plain, Does.Contain("▶ task 5").And.Contain("  task 5 step 1: ").And.Contain("task 5 agent finished: Completed").And.Contain("✓ task 5"));
        Assert.That(plain.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI control codes when redirected");
    }

    [Test]
    public async Task Run_reports_bad_selections_and_missing_task_files_before_launching_anything()
    {
        var environment = new Dictionary<string, string?>
        {
            ["PlanAct__Planner__Endpoint"] = "http://127.0.0.1:9/v1",
            ["PlanAct__Planner__Model"] = "m",
            ["PlanAct__Planner__ApiKey"] = "k",
        };
        var (shardCode, shard) = await CliHarness.InvokeAsync(environment, _folder, "run", "tasks.json", "--shard", "5/2");
        Assert.That(shardCode, Is.EqualTo(ExitCodes.UsageError), shard);

        var (missingCode, missing) = await CliHarness.InvokeAsync(environment, _folder, "run", "tasks.json");
        Assert.That(missingCode, Is.EqualTo(ExitCodes.InvalidInput), missing);
        Assert.That(missing, Does.Contain("tasks.json").And.Contain("no such file"));

        var (configCode, config) = await CliHarness.InvokeAsync(new Dictionary<string, string?>(), _folder, "run", "tasks.json");
        Assert.That(configCode, Is.EqualTo(ExitCodes.ConfigurationError), config);
        Assert.That(Directory.EnumerateFileSystemEntries(_folder), Is.Empty, "nothing is written");
    }

    [Test]
    public async Task Install_browser_reports_the_browser_it_found()
    {
        var environment = new Dictionary<string, string?> { ["PLANACT_BROWSER_EXECUTABLE"] = TestBrowser.ExecutablePath };
        var (code, output) = await CliHarness.InvokeAsync(environment, _folder, "install-browser");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("Chromium found: " + TestBrowser.ExecutablePath));
        Assert.That(output, Does.Contain("Nothing to install"));
    }

    private static string? CountShown(string page)
    {
        var m = System.Text.RegularExpressions.Regex.Match(page, @"'(\d+) products'");
        return m.Success ? m.Groups[1].Value : null;
    }
}
