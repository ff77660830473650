using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Suite;

/// <summary>
/// Runs a selection of tasks: N at once, resumable (results already in the store are skipped), shardable,
/// with a per-task timeout and cost budget, site resets before <c>require_reset</c> tasks, and per-site exclusion of
/// state-changing tasks. A failing task is recorded with its reason and the suite goes on.
/// </summary>
public sealed partial class SuiteRunner
{
    private readonly ITaskRunner _runner;
    private readonly ISiteResetter? _resetter;
    private readonly ILogger<SuiteRunner> _logger;
    private readonly Dictionary<string, SemaphoreSlim> _siteLocks = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the suite runner.</summary>
    /// <param name="runner">Runs one task.</param>
    /// <param name="resetter">Resets sites for <c>require_reset</c> tasks, or <see langword="null"/>.</param>
    /// <param name="logger">Logger.</param>
    public SuiteRunner(ITaskRunner runner, ISiteResetter? resetter, ILogger<SuiteRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(logger);
        _runner = runner;
        _resetter = resetter;
        _logger = logger;
    }

    /// <summary>Runs the tasks not yet in <paramref name="store"/>, appending each result as it finishes.</summary>
    /// <param name="tasks">The selected tasks.</param>
    /// <param name="store">The result store (read to resume, appended to).</param>
    /// <param name="options">Run options.</param>
    /// <param name="cancellationToken">Stops the run; finished results are kept.</param>
    /// <returns>The summary over this shard's tasks and all their stored results.</returns>
    public async Task<SuiteSummary> RunAsync(IReadOnlyList<WebArenaTask> tasks, JsonlResultStore store, SuiteRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrency, "MaxConcurrency must be at least 1.");
        }

        var clock = Stopwatch.StartNew();
        var ordered = tasks.OrderBy(t => t.TaskId).ToList();
        var mine = options.Shard is null ? ordered : options.Shard.Select(ordered);
        var done = store.ReadAll()
            .Where(r => !options.RerunErrored || r.Status == TaskRunStatus.Completed)
            .Select(r => r.TaskId)
            .ToHashSet();
        var pending = mine.Where(t => !done.Contains(t.TaskId)).ToList();
        LogStart(_logger, mine.Count, mine.Count - pending.Count, pending.Count, options.MaxConcurrency);

        foreach (var site in pending.SelectMany(t => t.Sites))
        {
            _siteLocks.TryAdd(site, new SemaphoreSlim(1, 1));
        }

        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (task, token) =>
            {
                var result = await RunOneAsync(task, options, token);
                await store.AppendAsync(result, CancellationToken.None);
                LogFinished(_logger, task.TaskId, result.Status, result.Score);
            });

        return SuiteSummary.Compute(mine, store.ReadAll(), clock.Elapsed);
    }

    private async Task<TaskResult> RunOneAsync(WebArenaTask task, SuiteRunOptions options, CancellationToken cancellationToken)
    {
        var exclusive = task.RequireReset || (options.SerializeStateChangingTasks && task.ChangesSiteState);
        var locks = exclusive ? task.Sites.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).Select(s => _siteLocks[s]).ToList() : [];
        var acquired = new List<SemaphoreSlim>();
        try
        {
            foreach (var gate in locks)
            {
                await gate.WaitAsync(cancellationToken);
                acquired.Add(gate);
            }

            return await RunGuardedAsync(task, options, cancellationToken);
        }
        finally
        {
            foreach (var gate in acquired)
            {
                gate.Release();
            }
        }
    }

    private async Task<TaskResult> RunGuardedAsync(WebArenaTask task, SuiteRunOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var shard = options.Shard?.ToString();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.TaskTimeout);
        try
        {
            if (task.RequireReset && _resetter is not null)
            {
                await _resetter.ResetAsync(task.Sites, timeout.Token);
            }

            var folder = Path.Combine(options.OutputFolder, "tasks", task.TaskId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var context = new TaskRunContext(options.CostBudgetUsd, folder, shard);
            var result = await _runner.RunAsync(task, context, timeout.Token).WaitAsync(timeout.Token);
            result = result with
            {
                TaskId = task.TaskId,
                Sites = task.Sites,
                Shard = shard,
                DurationSeconds = result.DurationSeconds > 0 ? result.DurationSeconds : clock.Elapsed.TotalSeconds,
                FinishedAt = DateTimeOffset.UtcNow,
            };
            if (options.CostBudgetUsd is { } budget && result.CostUsd > budget && result.Status == TaskRunStatus.Completed)
            {
                result = result with { Status = TaskRunStatus.BudgetExceeded, Error = $"cost ${result.CostUsd} exceeded the budget of ${budget}" };
            }

            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(task, TaskRunStatus.Timeout, $"exceeded the time limit of {options.TaskTimeout}", clock.Elapsed, shard);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTaskError(_logger, task.TaskId, ex);
            return Failed(task, TaskRunStatus.Error, $"{ex.GetType().Name}: {ex.Message}", clock.Elapsed, shard);
        }
    }

    private static TaskResult Failed(WebArenaTask task, TaskRunStatus status, string reason, TimeSpan elapsed, string? shard) => new()
    {
        TaskId = task.TaskId,
        Sites = task.Sites,
        Status = status,
        Score = 0,
        Error = reason,
        DurationSeconds = elapsed.TotalSeconds,
        Shard = shard,
        FinishedAt = DateTimeOffset.UtcNow,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Suite: {Total} task(s) in this shard, {Done} already finished, {Pending} to run, {Concurrency} at once")]
    private static partial void LogStart(ILogger logger, int total, int done, int pending, int concurrency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId}: {Status}, score {Score}")]
    private static partial void LogFinished(ILogger logger, int taskId, TaskRunStatus status, double score);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} failed")]
    private static partial void LogTaskError(ILogger logger, int taskId, Exception exception);
}
