using System.Collections.Concurrent;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Tests.Suite;

/// <summary>A task runner that succeeds on even ids, tracks concurrency per site, and can be told to hang, throw or wait.</summary>
internal sealed class FakeTaskRunner : ITaskRunner
{
    private readonly ConcurrentDictionary<string, int> _runningPerSite = new();
    private int _running;

    public ConcurrentBag<int> Ran { get; } = [];

    public int MaxConcurrent { get; private set; }

    public int MaxConcurrentStateChangingPerSite { get; private set; }

    public HashSet<int> Hang { get; init; } = [];

    public HashSet<int> Throw { get; init; } = [];

    public TimeSpan Work { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Completed when this many tasks have started.</summary>
    public TaskCompletionSource StartedEnough { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int StartedThreshold { get; init; } = int.MaxValue;

    private int _started;

    public async Task<TaskResult> RunAsync(WebArenaTask task, TaskRunContext context, CancellationToken cancellationToken)
    {
        Ran.Add(task.TaskId);
        if (Interlocked.Increment(ref _started) >= StartedThreshold)
        {
            StartedEnough.TrySetResult();
        }

        var now = Interlocked.Increment(ref _running);
        lock (this)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, now);
        }

        try
        {
            if (task.ChangesSiteState)
            {
                foreach (var site in task.Sites)
                {
                    var perSite = _runningPerSite.AddOrUpdate(site, 1, (_, n) => n + 1);
                    lock (this)
                    {
                        MaxConcurrentStateChangingPerSite = Math.Max(MaxConcurrentStateChangingPerSite, perSite);
                    }
                }
            }

            if (Throw.Contains(task.TaskId))
            {
                throw new InvalidOperationException($"agent crashed on task {task.TaskId}");
            }

            await Task.Delay(Hang.Contains(task.TaskId) ? Timeout.InfiniteTimeSpan : Work, cancellationToken);
            return new TaskResult
            {
                TaskId = task.TaskId,
                Status = TaskRunStatus.Completed,
                Score = task.TaskId % 2 == 0 ? 1 : 0,
                Answer = $"answer {task.TaskId}",
                Steps = 3,
                InputTokens = 1000,
                OutputTokens = 100,
                CostUsd = context.CostBudgetUsd is { } budget && task.TaskId == 13 ? budget * 2 : 0.01m,
            };
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            if (task.ChangesSiteState)
            {
                foreach (var site in task.Sites)
                {
                    _runningPerSite.AddOrUpdate(site, 0, (_, n) => n - 1);
                }
            }
        }
    }
}
