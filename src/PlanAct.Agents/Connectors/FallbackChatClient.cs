using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using PlanAct.Agents.Connectors.Errors;

namespace PlanAct.Agents.Connectors;

/// <summary>
/// Sends a call to the fallback when the primary endpoint still fails with a transient error after its retries
/// (rate limit, timeout, 5xx, connection failure). Each fallback is logged as a warning; the fallback's calls are
/// recorded with <c>IsFallback = true</c>. Configuration errors (401, 402, 403, 400) are not masked.
/// </summary>
internal sealed partial class FallbackChatClient(IChatClient primary, IChatClient fallback, string primaryLabel, string fallbackLabel, ILogger logger)
    : DelegatingChatClient(primary)
{
    private int _fallbacks;

    /// <summary>How many calls went to the fallback.</summary>
    public int FallbackCount => Volatile.Read(ref _fallbacks);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        try
        {
            return await base.GetResponseAsync(list, options, cancellationToken);
        }
        catch (ModelProviderException e) when (e.IsTransient)
        {
            NoteFallback(e);
            return await fallback.GetResponseAsync(list, options, cancellationToken);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        var yielded = false;
        ModelProviderException? failure = null;
        var enumerator = base.GetStreamingResponseAsync(list, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator)
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        break;
                    }
                }
                catch (ModelProviderException e) when (e.IsTransient && !yielded)
                {
                    failure = e;
                    break;
                }

                yielded = true;
                yield return enumerator.Current;
            }
        }

        if (failure is null)
        {
            yield break;
        }

        NoteFallback(failure);
        await foreach (var update in fallback.GetStreamingResponseAsync(list, options, cancellationToken))
        {
            yield return update;
        }
    }

    private void NoteFallback(ModelProviderException e)
    {
        Interlocked.Increment(ref _fallbacks);
        LogFallback(logger, primaryLabel, e.Kind, e.Message, fallbackLabel);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Primary} failed after retries ({Kind}: {Reason}); sending the call to the fallback {Fallback}.")]
    private static partial void LogFallback(ILogger logger, string primary, ModelErrorKind kind, string reason, string fallback);
}
