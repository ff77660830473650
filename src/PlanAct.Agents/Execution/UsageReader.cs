using System.Globalization;
using Microsoft.Extensions.AI;

namespace PlanAct.Agents.Execution;

/// <summary>Reads token counts and the provider-reported cost from a chat response.</summary>
internal static class UsageReader
{
    public static (long Input, long Cached, long Output, decimal CostUsd) Read(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var usage = response.Usage;
        return (usage?.InputTokenCount ?? 0, usage?.CachedInputTokenCount ?? 0, usage?.OutputTokenCount ?? 0, Cost(response));
    }

    private static decimal Cost(ChatResponse response)
    {
        // 1. A cost put on the response by a usage-aware client in the pipeline.
        if (response.AdditionalProperties?.TryGetValue("cost", out var value) == true && TryDecimal(value, out var fromProperties))
        {
            return fromProperties;
        }

        // 2. OpenRouter's usage.cost on the raw OpenAI completion.
        if (response.RawRepresentation is OpenAI.Chat.ChatCompletion completion && completion.Usage is not null)
        {
#pragma warning disable SCME0001 // JsonPatch is the SDK's only way to read fields it does not model (OpenRouter's usage.cost).
            if (completion.Usage.Patch.TryGetValue("$.cost"u8, out double cost))
            {
                return (decimal)cost;
            }
#pragma warning restore SCME0001
        }

        return 0m;
    }

    private static bool TryDecimal(object? value, out decimal result)
    {
        switch (value)
        {
            case decimal d:
                result = d;
                return true;
            case double x:
                result = (decimal)x;
                return true;
            case IConvertible c:
                return decimal.TryParse(c.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
            default:
                result = 0;
                return false;
        }
    }
}
