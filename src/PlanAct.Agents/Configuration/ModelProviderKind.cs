namespace PlanAct.Agents.Configuration;

/// <summary>Which kind of server an endpoint is; decides provider-specific headers and checks.</summary>
public enum ModelProviderKind
{
    /// <summary>Decided from the endpoint: <c>openrouter.ai</c> hosts are <see cref="OpenRouter"/>, others <see cref="OpenAICompatible"/>.</summary>
    Auto,

    /// <summary>OpenRouter: attribution headers, reported cost, <c>GET /key</c>.</summary>
    OpenRouter,

    /// <summary>Any OpenAI-compatible server, e.g. vLLM.</summary>
    OpenAICompatible,
}
