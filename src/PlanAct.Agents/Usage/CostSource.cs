namespace PlanAct.Agents.Usage;

/// <summary>Where a call's cost came from.</summary>
public enum CostSource
{
    /// <summary>No cost known (no price configured for the model).</summary>
    Unknown,

    /// <summary>The provider reported it (OpenRouter's <c>usage.cost</c>).</summary>
    Reported,

    /// <summary>Computed from configured or built-in per-million-token prices.</summary>
    Computed,
}
