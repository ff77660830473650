namespace PlanAct.Agents.Usage;

/// <summary>Sums over a set of <see cref="UsageRecord"/>s.</summary>
/// <param name="Calls">Number of calls (failed ones included).</param>
/// <param name="FailedCalls">Calls that failed.</param>
/// <param name="FallbackCalls">Calls served by the planner's fallback.</param>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Completion tokens.</param>
/// <param name="CachedInputTokens">Cached prompt tokens.</param>
/// <param name="Latency">Summed wall time.</param>
/// <param name="CostUsd">Summed cost in USD.</param>
public sealed record UsageTotals(
    int Calls,
    int FailedCalls,
    int FallbackCalls,
    long InputTokens,
    long OutputTokens,
    long CachedInputTokens,
    TimeSpan Latency,
    decimal CostUsd)
{
    /// <summary>No calls.</summary>
    public static UsageTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, TimeSpan.Zero, 0m);

    /// <summary>Sums <paramref name="records"/>.</summary>
    public static UsageTotals Of(IEnumerable<UsageRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var t = Empty;
        foreach (var r in records)
        {
            t = new UsageTotals(
                t.Calls + 1,
                t.FailedCalls + (r.Succeeded ? 0 : 1),
                t.FallbackCalls + (r.IsFallback ? 1 : 0),
                t.InputTokens + r.InputTokens,
                t.OutputTokens + r.OutputTokens,
                t.CachedInputTokens + r.CachedInputTokens,
                t.Latency + r.Latency,
                t.CostUsd + r.CostUsd);
        }

        return t;
    }
}
