namespace PlanAct.Agents.Running;

/// <summary>Tokens, calls and cost of one role (planner or executor) within a task.</summary>
public sealed record RoleUsage
{
    /// <summary>Model calls made.</summary>
    public int Calls { get; init; }

    /// <summary>Prompt tokens sent.</summary>
    public long InputTokens { get; init; }

    /// <summary>Prompt tokens served from the provider's cache.</summary>
    public long CachedInputTokens { get; init; }

    /// <summary>Tokens generated.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Cost in USD as reported by the provider (OpenRouter <c>usage.cost</c>), 0 when not reported.</summary>
    public decimal CostUsd { get; init; }

    /// <summary>Adds one call's usage.</summary>
    /// <param name="input">Prompt tokens.</param>
    /// <param name="cached">Cached prompt tokens.</param>
    /// <param name="output">Generated tokens.</param>
    /// <param name="cost">Cost in USD.</param>
    /// <returns>The new total.</returns>
    public RoleUsage Add(long input, long cached, long output, decimal cost) => this with
    {
        Calls = Calls + 1,
        InputTokens = InputTokens + input,
        CachedInputTokens = CachedInputTokens + cached,
        OutputTokens = OutputTokens + output,
        CostUsd = CostUsd + cost,
    };
}
