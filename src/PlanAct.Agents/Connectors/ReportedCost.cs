using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace PlanAct.Agents.Connectors;

/// <summary>Reads OpenRouter's <c>usage.cost</c> from a response or streaming update.</summary>
internal static class ReportedCost
{
    /// <summary>The key under which completion-mode responses carry the reported cost.</summary>
    public const string PropertyName = "planact.reported_cost";

#pragma warning disable SCME0001 // JsonPatch is experimental; it is the SDK's only way to read unknown fields.
    public static double? From(object? raw, AdditionalPropertiesDictionary? properties)
    {
        if (properties is not null && properties.TryGetValue(PropertyName, out var value) && value is double d)
        {
            return d;
        }

        return raw switch
        {
            ChatCompletion { Usage: { } usage } when usage.Patch.TryGetValue("$.cost"u8, out double cost) => cost,
            StreamingChatCompletionUpdate { Usage: { } usage } when usage.Patch.TryGetValue("$.cost"u8, out double cost) => cost,
            _ => null,
        };
    }
#pragma warning restore SCME0001
}
