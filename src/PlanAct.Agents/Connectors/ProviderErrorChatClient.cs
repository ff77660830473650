using System.ClientModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Connectors.Errors;
using PlanAct.Agents.Connectors.Http;

namespace PlanAct.Agents.Connectors;

/// <summary>
/// Makes every failure of the SDK layer a <see cref="ModelProviderException"/>: unwraps ours from SDK wrappers and maps
/// the SDK's own parse failures (e.g. an unknown finish reason) to <see cref="ModelErrorKind.MalformedResponse"/>.
/// </summary>
internal sealed class ProviderErrorChatClient(IChatClient inner, EndpointTarget target, SecretRedactor redactor) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception e) when (Translate(e, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var enumerator = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator)
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        yield break;
                    }

                    update = enumerator.Current;
                }
                catch (Exception e) when (Translate(e, cancellationToken) is { } translated)
                {
                    throw translated;
                }

                yield return update;
            }
        }
    }

    private ModelProviderException? Translate(Exception e, CancellationToken cancellationToken)
    {
        if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is ModelProviderException mpe)
            {
                return ReferenceEquals(mpe, e) ? null : mpe;
            }
        }

        if (e is AggregateException agg && agg.InnerExceptions.OfType<ModelProviderException>().FirstOrDefault() is { } first)
        {
            return first;
        }

        return e switch
        {
            ClientResultException cre when cre.Status > 0 =>
                ProviderErrors.FromStatus(cre.Status, redactor.Redact(cre.GetRawResponse()?.Content?.ToString()), target.Label, target.KeySetting),
            ClientResultException cre => new ModelProviderException(ModelErrorKind.ConnectionFailed, $"{target.Label}: {redactor.Redact(cre.Message)}", innerException: null),
            ArgumentOutOfRangeException or JsonException or FormatException or KeyNotFoundException =>
                new ModelProviderException(ModelErrorKind.MalformedResponse, $"{target.Label}: the response could not be read ({redactor.Redact(e.Message)}).", innerException: null),
            _ => null,
        };
    }
}
