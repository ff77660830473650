namespace PlanAct.Agents.Configuration;

/// <summary>Settings for one model endpoint (the planner's, the executor's or a fallback).</summary>
public sealed class ModelEndpointOptions
{
    /// <summary>OpenAI-compatible API base URL, e.g. <c>https://openrouter.ai/api/v1</c> or <c>http://localhost:5002/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name sent in the request (for vLLM: the <c>--served-model-name</c>).</summary>
    public string? Model { get; set; }

    /// <summary>API key sent as <c>Authorization: Bearer …</c>. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>chat</c> (default) or <c>completion</c>.</summary>
    public ModelApiMode ApiMode { get; set; } = ModelApiMode.Chat;

    /// <summary>Kind of server; <c>Auto</c> decides from the endpoint host.</summary>
    public ModelProviderKind Provider { get; set; } = ModelProviderKind.Auto;

    /// <summary>Sampling temperature used when the caller sets none.</summary>
    public float? Temperature { get; set; }

    /// <summary>Maximum output tokens used when the caller sets none.</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Stop sequences added to every request (e.g. <c>&lt;|im_end|&gt;</c>).</summary>
    public IList<string> StopSequences { get; } = [];

    /// <summary>Extra HTTP headers sent with every request.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Extra top-level body fields, e.g. <c>top_k</c>, <c>repetition_penalty</c>, or OpenRouter's <c>provider</c> routing object.
    /// A value that is valid JSON (number, boolean, object, array) is sent as that JSON; any other text as a JSON string.
    /// Nested configuration sections (e.g. <c>ExtraBody:provider:order:0=anthropic</c>) become JSON objects and arrays.
    /// </summary>
    public IDictionary<string, string> ExtraBody { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>USD per million input tokens; when null a built-in price for known models is used.</summary>
    public decimal? InputPricePerMillion { get; set; }

    /// <summary>USD per million output tokens; when null a built-in price for known models is used.</summary>
    public decimal? OutputPricePerMillion { get; set; }

    /// <summary>USD per million cached input tokens; when null cached tokens cost the input price.</summary>
    public decimal? CachedInputPricePerMillion { get; set; }

    /// <summary>Time allowed for one attempt (until response headers arrive). Default 120 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Time allowed for all attempts of one call, retries and waits included. Default 300 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>OpenRouter attribution: sent as <c>HTTP-Referer</c>.</summary>
    public string? AppUrl { get; set; } = "https://github.com/planact/planact";

    /// <summary>OpenRouter attribution: sent as <c>X-Title</c> and <c>X-OpenRouter-Title</c>.</summary>
    public string? AppTitle { get; set; } = "PlanAct";
}
