using PlanAct.Agents.Configuration;

namespace PlanAct.Agents.Usage;

/// <summary>Per-million-token prices of a model, and the cost of a call.</summary>
/// <param name="InputPerMillion">USD per million input tokens.</param>
/// <param name="OutputPerMillion">USD per million output tokens.</param>
/// <param name="CachedInputPerMillion">USD per million cached input tokens.</param>
public sealed record ModelPricing(decimal InputPerMillion, decimal OutputPerMillion, decimal CachedInputPerMillion)
{
    private static readonly Dictionary<string, ModelPricing> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["anthropic/claude-sonnet-4"] = new(3m, 15m, 0.30m),
    };

    /// <summary>The price of a configured endpoint: configured prices first, then built-in ones, else null.</summary>
    public static ModelPricing? For(ModelEndpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        BuiltIn.TryGetValue(options.Model ?? "", out var builtIn);
        var input = options.InputPricePerMillion ?? builtIn?.InputPerMillion;
        var output = options.OutputPricePerMillion ?? builtIn?.OutputPerMillion;
        if (input is null && output is null)
        {
            return null;
        }

        var cached = options.CachedInputPricePerMillion ?? builtIn?.CachedInputPerMillion ?? input ?? 0m;
        return new ModelPricing(input ?? 0m, output ?? 0m, cached);
    }

    /// <summary>Cost in USD; cached tokens are part of <paramref name="inputTokens"/> and priced at the cached rate.</summary>
    public decimal Cost(long inputTokens, long outputTokens, long cachedInputTokens)
    {
        var cached = Math.Clamp(cachedInputTokens, 0, Math.Max(inputTokens, 0));
        return ((inputTokens - cached) * InputPerMillion + cached * CachedInputPerMillion + outputTokens * OutputPerMillion) / 1_000_000m;
    }
}
