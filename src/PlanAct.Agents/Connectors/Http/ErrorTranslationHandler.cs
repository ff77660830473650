using Microsoft.Extensions.Http.Resilience;
using PlanAct.Agents.Connectors.Errors;
using Polly.Timeout;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>
/// Outermost handler, after retries: an error status becomes a <see cref="ModelProviderException"/> with the provider's
/// message (401 invalid key, 402 out of credits, 403 moderation or region, …); timeouts and connection failures too.
/// </summary>
internal sealed class ErrorTranslationHandler(EndpointTarget target, SecretRedactor redactor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ModelProviderException(ModelErrorKind.Timeout,
                $"{target.Label}: no answer within the timeout ({target.Options.Timeout} per attempt, {target.Options.TotalTimeout} in total).", innerException: e);
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModelProviderException(ModelErrorKind.ConnectionFailed,
                $"{target.Label}: the server could not be reached ({redactor.Redact(e.Message)}). Is it running at {target.BaseUri}?", innerException: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModelProviderException(ModelErrorKind.Timeout, $"{target.Label}: the request timed out.", innerException: e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var e = ProviderErrors.FromStatus((int)response.StatusCode, redactor.Redact(body), target.Label, target.KeySetting);
            throw e;
        }
    }

    /// <summary>Whether the retry layer should try again after this outcome.</summary>
    internal static bool IsRetryable(Polly.Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is ModelProviderException mpe ? mpe.IsTransient : HttpClientResiliencePredicates.IsTransient(outcome);
}
