namespace PlanAct.Agents.Configuration;

/// <summary>
/// PlanAct's model settings, bound from the <c>PlanAct</c> configuration section
/// (see <see cref="PlanActConfiguration.Build(string[], string?)"/> for the sources and their order).
/// </summary>
public sealed class PlanActOptions
{
    /// <summary>The configuration section name: <c>PlanAct</c>.</summary>
    public const string SectionName = "PlanAct";

    /// <summary>Default planner endpoint (OpenRouter).</summary>
    public const string DefaultPlannerEndpoint = "https://openrouter.ai/api/v1";

    /// <summary>Default planner model.</summary>
    public const string DefaultPlannerModel = "anthropic/claude-sonnet-4";

    /// <summary>Default executor endpoint (a local vLLM server).</summary>
    public const string DefaultExecutorEndpoint = "http://localhost:5002/v1";

    /// <summary>Default executor model (vLLM's default served name for Qwen2.5-3B-Instruct).</summary>
    public const string DefaultExecutorModel = "Qwen/Qwen2.5-3B-Instruct";

    /// <summary>Default executor API key (vLLM without <c>--api-key</c> accepts anything).</summary>
    public const string DefaultExecutorApiKey = "dummy";

    /// <summary>The planner's endpoint. Defaults: OpenRouter, <c>anthropic/claude-sonnet-4</c>, key from <c>OPENROUTER_API_KEY</c>.</summary>
    public ModelEndpointOptions Planner { get; set; } = new()
    {
        Endpoint = DefaultPlannerEndpoint,
        Model = DefaultPlannerModel,
    };

    /// <summary>The executor's endpoint. Defaults: <c>http://localhost:5002/v1</c>, key <c>dummy</c>.</summary>
    public ModelEndpointOptions Executor { get; set; } = new()
    {
        Endpoint = DefaultExecutorEndpoint,
        Model = DefaultExecutorModel,
        ApiKey = DefaultExecutorApiKey,
    };

    /// <summary>Where planner calls go when the planner's endpoint fails after retries.</summary>
    public FallbackOptions PlannerFallback { get; set; } = new();

    /// <summary>Retry settings shared by all endpoints.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>Log every request and response at Debug (bodies truncated, secrets redacted). Also on with <c>OPENAI_LOG=debug</c>.</summary>
    public bool Debug { get; set; }

    /// <summary>Maximum characters of a body written to the debug log. Default 2000.</summary>
    public int DebugBodyLimit { get; set; } = 2000;

    /// <summary>The endpoint settings of a role.</summary>
    public ModelEndpointOptions For(Connectors.ModelRole role) => role switch
    {
        Connectors.ModelRole.Planner => Planner,
        Connectors.ModelRole.Executor => Executor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown model role."),
    };
}
