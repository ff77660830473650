using Microsoft.Extensions.AI;
using PlanAct.Agents.Connectors;

namespace PlanAct.Agents.Execution;

/// <summary>Reads token counts and the provider-reported cost (OpenRouter <c>usage.cost</c>) from a chat response.</summary>
internal static class UsageReader
{
    public static (long Input, long Cached, long Output, decimal CostUsd) Read(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var usage = response.Usage;
        var cost = ReportedCost.From(response.RawRepresentation, response.AdditionalProperties) ?? 0d;
        return (usage?.InputTokenCount ?? 0, usage?.CachedInputTokenCount ?? 0, usage?.OutputTokenCount ?? 0, (decimal)cost);
    }
}
