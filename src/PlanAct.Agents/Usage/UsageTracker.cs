using System.Collections.Concurrent;
using System.Diagnostics;
using PlanAct.Agents.Connectors;

namespace PlanAct.Agents.Usage;

/// <summary>
/// Records every model call (tokens, latency, cost) per role, per task and per run, and emits them as metrics.
/// Scope calls to a task with <see cref="BeginTask(string)"/>; the scope flows with async calls.
/// </summary>
public sealed class UsageTracker
{
    private readonly ConcurrentQueue<UsageRecord> _records = new();
    private readonly AsyncLocal<string?> _task = new();

    /// <summary>The task the current async flow is working on, or null.</summary>
    public string? CurrentTaskId => _task.Value;

    /// <summary>Every recorded call, in order.</summary>
    public IReadOnlyList<UsageRecord> Records => [.. _records];

    /// <summary>Raised after each call is recorded.</summary>
    public event EventHandler<UsageRecord>? Recorded;

    /// <summary>Attributes the calls made in this async flow to <paramref name="taskId"/> until the scope is disposed.</summary>
    public IDisposable BeginTask(string taskId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var previous = _task.Value;
        _task.Value = taskId;
        return new TaskScope(this, previous);
    }

    /// <summary>Records one call (its <see cref="UsageRecord.TaskId"/> is taken as given).</summary>
    public void Record(UsageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records.Enqueue(record);
        var tags = ConnectorTelemetry.Tags(record);
        ConnectorTelemetry.Calls.Add(1, tags);
        if (record.CostUsd > 0)
        {
            ConnectorTelemetry.Cost.Add((double)record.CostUsd, tags);
        }

        if (record.IsFallback)
        {
            ConnectorTelemetry.Fallbacks.Add(1, tags);
        }

        RecordTokens(record.InputTokens, "input", tags);
        RecordTokens(record.OutputTokens, "output", tags);
        Recorded?.Invoke(this, record);
    }

    /// <summary>Totals of the whole run.</summary>
    public UsageTotals RunTotals => UsageTotals.Of(_records);

    /// <summary>Totals of one role.</summary>
    public UsageTotals ForRole(ModelRole role) => UsageTotals.Of(_records.Where(r => r.Role == role));

    /// <summary>Totals of one task.</summary>
    public UsageTotals ForTask(string taskId) => UsageTotals.Of(_records.Where(r => r.TaskId == taskId));

    /// <summary>Totals of one role within one task.</summary>
    public UsageTotals ForTask(string taskId, ModelRole role) => UsageTotals.Of(_records.Where(r => r.TaskId == taskId && r.Role == role));

    /// <summary>A snapshot of the run, role and task totals.</summary>
    public UsageSummary Summarize()
    {
        var records = Records;
        var byRole = Enum.GetValues<ModelRole>().ToDictionary(r => r, r => UsageTotals.Of(records.Where(x => x.Role == r)));
        var byTask = records.Select(r => r.TaskId).OfType<string>().Distinct()
            .Select(t => new KeyValuePair<string, UsageTotals>(t, UsageTotals.Of(records.Where(x => x.TaskId == t))))
            .ToList();
        return new UsageSummary(UsageTotals.Of(records), byRole, byTask);
    }

    /// <summary>Ids of the tasks seen so far, in first-seen order.</summary>
    public IReadOnlyList<string> TaskIds => [.. _records.Select(r => r.TaskId).OfType<string>().Distinct()];

    private static void RecordTokens(long count, string type, TagList tags)
    {
        if (count <= 0)
        {
            return;
        }

        var withType = tags;
        withType.Add("gen_ai.token.type", type);
        ConnectorTelemetry.Tokens.Record(count, withType);
    }

    private sealed class TaskScope(UsageTracker owner, string? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            owner._task.Value = previous;
        }
    }

    /// <summary>Adds PlanAct's usage tags to the current span (the GenAI chat span when called inside it).</summary>
    internal static void TagCurrentActivity(UsageRecord record)
    {
        var activity = Activity.Current;
        if (activity is null)
        {
            return;
        }

        activity.SetTag("planact.role", record.Role.ToString());
        activity.SetTag("planact.task_id", record.TaskId);
        activity.SetTag("planact.fallback", record.IsFallback);
        activity.SetTag("planact.cost_usd", (double)record.CostUsd);
        activity.SetTag("planact.cost_source", record.CostSource.ToString());
    }
}
