using PlanAct.Agents.Connectors;

namespace PlanAct.Agents.Usage;

/// <summary>One model call: tokens, latency and cost.</summary>
/// <param name="Role">The role that made the call.</param>
/// <param name="TaskId">The task it belongs to (see <see cref="UsageTracker.BeginTask(string)"/>), or null.</param>
/// <param name="Model">The model called.</param>
/// <param name="Endpoint">Host and port of the endpoint called.</param>
/// <param name="IsFallback">True when the call went to the planner's fallback.</param>
/// <param name="Succeeded">False when the call failed (tokens are then zero).</param>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Completion tokens.</param>
/// <param name="CachedInputTokens">Prompt tokens served from a cache.</param>
/// <param name="Latency">Wall time of the call, retries included.</param>
/// <param name="CostUsd">Cost in USD (0 when unknown).</param>
/// <param name="CostSource">Where <paramref name="CostUsd"/> came from.</param>
/// <param name="Timestamp">When the call finished.</param>
public sealed record UsageRecord(
    ModelRole Role,
    string? TaskId,
    string Model,
    string Endpoint,
    bool IsFallback,
    bool Succeeded,
    long InputTokens,
    long OutputTokens,
    long CachedInputTokens,
    TimeSpan Latency,
    decimal CostUsd,
    CostSource CostSource,
    DateTimeOffset Timestamp)
{
    /// <summary>Error kind of a failed call, e.g. <c>RateLimited</c>.</summary>
    public string? Error { get; init; }
}
