using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Connectors.Errors;
using PlanAct.Agents.Connectors.Http;
using PlanAct.Agents.Usage;

namespace PlanAct.Agents.Connectors;

/// <summary>Records each call's tokens, latency and cost (reported, else computed from prices) in the <see cref="UsageTracker"/>.</summary>
internal sealed class UsageRecordingChatClient(IChatClient inner, EndpointTarget target, UsageTracker tracker) : DelegatingChatClient(inner)
{
    private readonly ModelPricing? _pricing = ModelPricing.For(target.Options);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken);
            Record(response.Usage, ReportedCost.From(response.RawRepresentation, response.AdditionalProperties), clock.Elapsed, error: null);
            return response;
        }
        catch (ModelProviderException e)
        {
            Record(null, null, clock.Elapsed, e.Kind.ToString());
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        UsageDetails? usage = null;
        double? cost = null;
        var enumerator = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
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
                catch (ModelProviderException e)
                {
                    Record(usage, cost, clock.Elapsed, e.Kind.ToString());
                    throw;
                }

                var update = enumerator.Current;
                foreach (var u in update.Contents.OfType<UsageContent>())
                {
                    usage ??= new UsageDetails();
                    usage.Add(u.Details);
                }

                cost = ReportedCost.From(update.RawRepresentation, update.AdditionalProperties) ?? cost;
                yield return update;
            }
        }

        Record(usage, cost, clock.Elapsed, error: null);
    }

    private void Record(UsageDetails? usage, double? reportedCost, TimeSpan latency, string? error)
    {
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        var cached = usage?.CachedInputTokenCount ?? 0;
        var (cost, source) = reportedCost is { } r ? ((decimal)r, CostSource.Reported)
            : _pricing is { } p && error is null ? (p.Cost(input, output, cached), CostSource.Computed)
            : (0m, CostSource.Unknown);
        var record = new UsageRecord(target.Role, tracker.CurrentTaskId, target.Model, target.BaseUri.Authority, target.IsFallback,
            error is null, input, output, cached, latency, cost, source, DateTimeOffset.UtcNow)
        { Error = error };
        UsageTracker.TagCurrentActivity(record);
        tracker.Record(record);
    }
}
