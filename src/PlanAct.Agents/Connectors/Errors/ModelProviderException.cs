namespace PlanAct.Agents.Connectors.Errors;

/// <summary>
/// A model call failed. <see cref="Exception.Message"/> says which endpoint, what happened and the provider's own message;
/// it never contains an API key.
/// </summary>
public sealed class ModelProviderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelProviderException(ModelErrorKind kind, string message, int? statusCode = null, string? providerMessage = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ProviderMessage = providerMessage;
    }

    /// <summary>Creates the exception.</summary>
    public ModelProviderException()
        : this(ModelErrorKind.Other, "The model call failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelProviderException(string message)
        : this(ModelErrorKind.Other, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelProviderException(string message, Exception innerException)
        : this(ModelErrorKind.Other, message, innerException: innerException)
    {
    }

    /// <summary>What went wrong.</summary>
    public ModelErrorKind Kind { get; }

    /// <summary>HTTP status or the provider's error code, when known.</summary>
    public int? StatusCode { get; }

    /// <summary>The provider's own error message, when it sent one.</summary>
    public string? ProviderMessage { get; }

    /// <summary>True when trying again later may succeed (rate limits, timeouts, 5xx, connection failures, provider errors).</summary>
    public bool IsTransient => Kind switch
    {
        ModelErrorKind.RateLimited or ModelErrorKind.Timeout or ModelErrorKind.ServerError
            or ModelErrorKind.ConnectionFailed or ModelErrorKind.MalformedResponse => true,
        ModelErrorKind.ProviderError => StatusCode is null or 408 or 429 or >= 500,
        _ => false,
    };
}
