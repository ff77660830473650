namespace PlanAct.Agents.Connectors.Errors;

/// <summary>What went wrong with a model call.</summary>
public enum ModelErrorKind
{
    /// <summary>HTTP 400: bad or missing parameters, context too long.</summary>
    BadRequest,

    /// <summary>HTTP 401: the API key is invalid or expired.</summary>
    InvalidApiKey,

    /// <summary>HTTP 402: the account is out of credits.</summary>
    InsufficientCredits,

    /// <summary>HTTP 403: refused by moderation, a guardrail or a region restriction.</summary>
    Forbidden,

    /// <summary>HTTP 404: unknown path or model.</summary>
    NotFound,

    /// <summary>HTTP 429: rate limited.</summary>
    RateLimited,

    /// <summary>HTTP 408 or no answer in time.</summary>
    Timeout,

    /// <summary>HTTP 5xx.</summary>
    ServerError,

    /// <summary>The server could not be reached.</summary>
    ConnectionFailed,

    /// <summary>A successful HTTP status whose body (or SSE event) reports an error, e.g. <c>finish_reason:"error"</c>.</summary>
    ProviderError,

    /// <summary>The body could not be understood.</summary>
    MalformedResponse,

    /// <summary>Any other HTTP status.</summary>
    Other,
}
