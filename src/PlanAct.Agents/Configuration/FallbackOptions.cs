namespace PlanAct.Agents.Configuration;

/// <summary>Where the planner's calls go when its endpoint still fails after retries.</summary>
public sealed class FallbackOptions
{
    /// <summary>Use a fallback at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The fallback endpoint; when null (the default) the executor's endpoint and model are used.</summary>
    public ModelEndpointOptions? Model { get; set; }
}
