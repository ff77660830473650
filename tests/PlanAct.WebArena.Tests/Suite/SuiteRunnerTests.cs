using Microsoft.Extensions.Logging.Abstractions;
using NUnit.Framework;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Tests.Suite;

public sealed class SuiteRunnerTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("planact-suite").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static WebArenaTask Task(int id, string site = "shopping", bool changesState = false) => new()
    {
        TaskId = id,
        Sites = site.Split('+'),
        StartUrls = ["http://h"],
        Intent = "task " + id,
        Eval = new TaskEvaluationSpec { EvalTypes = changesState ? [EvalType.ProgramHtml] : [EvalType.StringMatch] },
    };

    private static List<WebArenaTask> Tasks(int count) => Enumerable.Range(0, count).Select(i => Task(i, (i % 3) switch { 0 => "shopping", 1 => "gitlab", _ => "reddit+gitlab" })).ToList();

    private static SuiteRunner Runner(ITaskRunner runner) => new(runner, null, NullLogger<SuiteRunner>.Instance);

    private string StorePath => Path.Combine(_folder, "results.jsonl");

    [Test]
    public async Task Runs_every_task_and_summarizes_per_group()
    {
        var fake = new FakeTaskRunner();
        var summary = await Runner(fake).RunAsync(Tasks(12), new JsonlResultStore(StorePath), new SuiteRunOptions { MaxConcurrency = 3, OutputFolder = _folder });

        Assert.That(fake.Ran.Order(), Is.EqualTo(Enumerable.Range(0, 12)));
        Assert.That(summary.Overall.Tasks, Is.EqualTo(12));
        Assert.That(summary.Overall.Succeeded, Is.EqualTo(6));
        Assert.That(summary.Overall.SuccessRate, Is.EqualTo(0.5));
        Assert.That(summary.Groups.Select(g => g.Group), Is.EqualTo(new[] { "shopping", "gitlab", SiteGroups.MultiSite }));
        Assert.That(summary.Groups[0].Succeeded, Is.EqualTo(2), "shopping has ids 0,3,6,9 of which 0 and 6 are even");
        Assert.That(summary.MeanSteps, Is.EqualTo(3));
        Assert.That(summary.MeanCostUsd, Is.EqualTo(0.01m));
        Assert.That(summary.ToTable(), Does.Contain("multi-site").And.Contain("50.0"));
        Assert.That(summary.ToJson(), Does.Contain("\"success_rate\": 0.5"));
        Assert.That(fake.MaxConcurrent, Is.LessThanOrEqualTo(3));
        var (json, table) = await summary.SaveAsync(_folder);
        Assert.That(File.ReadAllText(json), Does.Contain("\"groups\""));
        Assert.That(File.ReadAllText(table), Does.StartWith("group"));
    }

    [Test]
    public async Task A_rerun_after_an_interrupted_run_skips_finished_tasks_and_loses_none()
    {
        var tasks = Tasks(20);
        var store = new JsonlResultStore(StorePath);
        var first = new FakeTaskRunner { Hang = [.. Enumerable.Range(8, 12)], StartedThreshold = 10 };
        using var kill = new CancellationTokenSource();
        var run = Runner(first).RunAsync(tasks, store, new SuiteRunOptions { MaxConcurrency = 2, OutputFolder = _folder }, kill.Token);
        await first.StartedEnough.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await kill.CancelAsync();
        await Assert.CatchAsync<OperationCanceledException>(async () => await run);

        File.AppendAllText(StorePath, "{\"task_id\": 19, \"status\": \"compl");
        var finishedBefore = JsonlResultStore.Read(StorePath).Select(r => r.TaskId).Order().ToList();
        Assert.That(finishedBefore, Is.EqualTo(Enumerable.Range(0, 8)), "the 8 quick tasks finished; hanging ones and the torn line are not results");

        var second = new FakeTaskRunner();
        var summary = await Runner(second).RunAsync(tasks, store, new SuiteRunOptions { MaxConcurrency = 2, OutputFolder = _folder });

        Assert.That(second.Ran.Order(), Is.EqualTo(Enumerable.Range(8, 12)));
        var all = store.ReadAll();
        Assert.That(all.Select(r => r.TaskId).Order(), Is.EqualTo(Enumerable.Range(0, 20)));
        Assert.That(summary.Overall.Finished, Is.EqualTo(20));
        Assert.That(summary.MissingTaskIds, Is.Empty);
    }

    [Test]
    public async Task Shards_split_the_suite_and_merge_back_whole()
    {
        var tasks = Tasks(10);
        var paths = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var path = Path.Combine(_folder, $"shard{i}.jsonl");
            paths.Add(path);
            var fake = new FakeTaskRunner();
            var summary = await Runner(fake).RunAsync(tasks, new JsonlResultStore(path), new SuiteRunOptions { Shard = ShardSpec.Parse($"{i}/3"), OutputFolder = _folder });
            Assert.That(summary.Overall.Tasks, Is.EqualTo(i == 1 ? 4 : 3));
        }

        var shardIds = paths.Select(p => JsonlResultStore.Read(p).Select(r => r.TaskId).ToHashSet()).ToList();
        Assert.That(shardIds[0].Overlaps(shardIds[1]) || shardIds[1].Overlaps(shardIds[2]) || shardIds[0].Overlaps(shardIds[2]), Is.False);

        var mergedPath = Path.Combine(_folder, "merged.jsonl");
        var merged = JsonlResultStore.Merge(paths, mergedPath);
        Assert.That(merged.Select(r => r.TaskId), Is.EqualTo(Enumerable.Range(0, 10)));
        Assert.That(JsonlResultStore.Read(mergedPath), Has.Count.EqualTo(10));
        Assert.That(merged.Select(r => r.Shard).Distinct().Order(), Is.EqualTo(new[] { "1/3", "2/3", "3/3" }));
        Assert.That(SuiteSummary.Compute(tasks, merged, TimeSpan.Zero).Overall.Succeeded, Is.EqualTo(5));
    }

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("1-3")]
    public void Bad_shards_are_rejected(string text)
    {
        Assert.Throws<FormatException>(() => ShardSpec.Parse(text));
    }

    [Test]
    public async Task Timeouts_and_errors_are_recorded_with_their_reason_and_the_suite_goes_on()
    {
        var fake = new FakeTaskRunner { Hang = [2], Throw = [4] };
        var summary = await Runner(fake).RunAsync(Tasks(6), new JsonlResultStore(StorePath), new SuiteRunOptions { TaskTimeout = TimeSpan.FromMilliseconds(300), MaxConcurrency = 2, OutputFolder = _folder });

        var results = JsonlResultStore.Read(StorePath).ToDictionary(r => r.TaskId);
        Assert.That(results, Has.Count.EqualTo(6));
        Assert.That(results[2].Status, Is.EqualTo(TaskRunStatus.Timeout));
        Assert.That(results[2].Error, Does.Contain("time limit"));
        Assert.That(results[4].Status, Is.EqualTo(TaskRunStatus.Error));
        Assert.That(results[4].Error, Does.Contain("agent crashed on task 4"));
        Assert.That(results[0].Success, Is.True);
        Assert.That(summary.ErroredTaskIds, Is.EqualTo(new[] { 2, 4 }));

        var rerun = new FakeTaskRunner();
        await Runner(rerun).RunAsync(Tasks(6), new JsonlResultStore(StorePath), new SuiteRunOptions { RerunErrored = true, OutputFolder = _folder });
        Assert.That(rerun.Ran.Order(), Is.EqualTo(new[] { 2, 4 }));
        Assert.That(JsonlResultStore.Merge([StorePath]).Count(r => r.Success), Is.EqualTo(3), "the even ids 0, 2 and 4 pass once 2 and 4 are rerun");
    }

    [Test]
    public async Task A_task_over_its_cost_budget_is_recorded_as_such()
    {
        var fake = new FakeTaskRunner();
        await Runner(fake).RunAsync([Task(12), Task(13)], new JsonlResultStore(StorePath), new SuiteRunOptions { CostBudgetUsd = 0.5m, OutputFolder = _folder });

        var results = JsonlResultStore.Read(StorePath).ToDictionary(r => r.TaskId);
        Assert.That(results[13].Status, Is.EqualTo(TaskRunStatus.BudgetExceeded));
        Assert.That(results[12].Status, Is.EqualTo(TaskRunStatus.Completed));
    }

    [Test]
    public async Task State_changing_tasks_on_one_site_never_overlap_when_configured()
    {
        var tasks = Enumerable.Range(0, 12).Select(i => Task(i, i % 2 == 0 ? "shopping" : "reddit+shopping", changesState: true)).ToList();
        var serialized = new FakeTaskRunner();
        await Runner(serialized).RunAsync(tasks, new JsonlResultStore(StorePath), new SuiteRunOptions { MaxConcurrency = 4, OutputFolder = _folder });
        Assert.That(serialized.MaxConcurrentStateChangingPerSite, Is.EqualTo(1));

        var free = new FakeTaskRunner { Work = TimeSpan.FromMilliseconds(100) };
        await Runner(free).RunAsync(tasks, new JsonlResultStore(Path.Combine(_folder, "free.jsonl")), new SuiteRunOptions { MaxConcurrency = 4, SerializeStateChangingTasks = false, OutputFolder = _folder });
        Assert.That(free.MaxConcurrentStateChangingPerSite, Is.GreaterThan(1));
    }

    [Test]
    public async Task Require_reset_tasks_reset_their_sites_first()
    {
        var resetter = new RecordingResetter();
        var task = Task(1) with { RequireReset = true };
        await new SuiteRunner(new FakeTaskRunner(), resetter, NullLogger<SuiteRunner>.Instance)
            .RunAsync([task, Task(2)], new JsonlResultStore(StorePath), new SuiteRunOptions { OutputFolder = _folder });

        Assert.That(resetter.Resets, Is.EqualTo(new[] { "shopping" }));
    }

    [Test]
    public void Selection_by_ids_ranges_and_sites()
    {
        var tasks = Tasks(30);
        Assert.That(TaskSelection.Parse("0-4, 10,29").Apply(tasks).Select(t => t.TaskId), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 10, 29 }));
        Assert.That(TaskSelection.Parse(null, "gitlab").Apply(tasks).Select(t => t.TaskId), Has.All.Matches<int>(i => i % 3 == 1));
        Assert.That(TaskSelection.Parse("0-9", "multi-site").Apply(tasks).Select(t => t.TaskId), Is.EqualTo(new[] { 2, 5, 8 }));
        Assert.Throws<FormatException>(() => TaskSelection.Parse("5-x"));
    }

    private sealed class RecordingResetter : ISiteResetter
    {
        public List<string> Resets { get; } = [];

        public Task ResetAsync(IReadOnlyList<string> sites, CancellationToken cancellationToken)
        {
            Resets.Add(string.Join(",", sites));
            return System.Threading.Tasks.Task.CompletedTask;
        }
    }
}
