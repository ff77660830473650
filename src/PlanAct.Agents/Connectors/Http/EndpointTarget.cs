using PlanAct.Agents.Configuration;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>A configured endpoint resolved for calling: base URI, effective mode and provider kind.</summary>
/// <param name="Role">The role whose calls go here.</param>
/// <param name="Options">The endpoint settings.</param>
/// <param name="BaseUri">API base URI with a trailing slash, e.g. <c>http://localhost:5002/v1/</c>.</param>
/// <param name="Provider">Resolved provider kind (never <see cref="ModelProviderKind.Auto"/>).</param>
/// <param name="Mode">Effective API mode (OpenRouter's chat-only models are always <see cref="ModelApiMode.Chat"/>).</param>
/// <param name="IsFallback">True for the planner's fallback endpoint.</param>
/// <param name="KeySetting">The configuration key holding this endpoint's API key.</param>
public sealed record EndpointTarget(
    ModelRole Role,
    ModelEndpointOptions Options,
    Uri BaseUri,
    ModelProviderKind Provider,
    ModelApiMode Mode,
    bool IsFallback,
    string KeySetting)
{
    /// <summary>The model name.</summary>
    public string Model => Options.Model ?? "";

    /// <summary>A short description used in messages, e.g. <c>Planner anthropic/claude-sonnet-4 at openrouter.ai</c>.</summary>
    public string Label => $"{Role}{(IsFallback ? " fallback" : "")} model '{Model}' at {BaseUri.Authority}";

    /// <summary>The URI of a path under the API base, e.g. <c>models</c>.</summary>
    public Uri Resolve(string relative) => new(BaseUri, relative.TrimStart('/'));

    /// <summary>Resolves endpoint settings for a role.</summary>
    public static EndpointTarget Create(ModelRole role, ModelEndpointOptions options, bool isFallback, string keySetting)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseText = (options.Endpoint ?? "").TrimEnd('/') + "/";
        var baseUri = new Uri(baseText, UriKind.Absolute);
        var provider = options.Provider != ModelProviderKind.Auto ? options.Provider
            : baseUri.Host.EndsWith("openrouter.ai", StringComparison.OrdinalIgnoreCase) ? ModelProviderKind.OpenRouter
            : ModelProviderKind.OpenAICompatible;
        var mode = options.ApiMode;
        if (provider == ModelProviderKind.OpenRouter && IsChatOnly(options.Model))
        {
            mode = ModelApiMode.Chat;
        }

        return new EndpointTarget(role, options, baseUri, provider, mode, isFallback, keySetting);
    }

    /// <summary>True for OpenRouter models that only have a chat API (Claude, DeepSeek, OpenAI chat models).</summary>
    public static bool IsChatOnly(string? model) =>
        model is not null && (model.StartsWith("anthropic/", StringComparison.OrdinalIgnoreCase)
            || model.StartsWith("deepseek/", StringComparison.OrdinalIgnoreCase)
            || model.StartsWith("openai/", StringComparison.OrdinalIgnoreCase));
}
