using System.Text;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors.Http;

namespace PlanAct.Agents.Connectors;

/// <summary>
/// Applies an endpoint's configured defaults to every call: temperature and max output tokens when the caller sets none,
/// stop sequences, and (chat mode) extra body fields such as <c>top_k</c> or OpenRouter's <c>provider</c> through the SDK's JSON patch
/// (plus <c>max_tokens</c> next to the SDK's <c>max_completion_tokens</c> for OpenRouter).
/// Any <see cref="ChatOptions.RawRepresentationFactory"/> of the caller is kept and chained.
/// </summary>
internal sealed class RequestShapingChatClient(IChatClient inner, EndpointTarget target) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Shape(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Shape(options), cancellationToken);

    internal ChatOptions Shape(ChatOptions? options)
    {
        var o = target.Options;
        var shaped = options?.Clone() ?? new ChatOptions();
        shaped.Temperature ??= o.Temperature;
        shaped.MaxOutputTokens ??= o.MaxOutputTokens;
        if (o.StopSequences.Count > 0)
        {
            var stops = shaped.StopSequences is null ? new List<string>() : [.. shaped.StopSequences];
            stops.AddRange(o.StopSequences.Where(s => !stops.Contains(s)));
            shaped.StopSequences = stops;
        }

        var fields = new List<(string Name, string Json)>();
        if (target.Mode == ModelApiMode.Chat)
        {
            fields.AddRange(o.ExtraBody.Select(f => (f.Key, PlanActOptionsLoader.ExtraBodyValueToJson(f.Value)?.ToJsonString() ?? "null")));
            if (target.Provider == ModelProviderKind.OpenRouter && shaped.MaxOutputTokens is { } max && !o.ExtraBody.ContainsKey("max_tokens"))
            {
                // The SDK sends max_completion_tokens; OpenRouter documents max_tokens, so send both.
                fields.Add(("max_tokens", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (fields.Count > 0)
        {
            var previous = shaped.RawRepresentationFactory;
            shaped.RawRepresentationFactory = client =>
            {
                var raw = previous?.Invoke(client) as ChatCompletionOptions ?? new ChatCompletionOptions();
                foreach (var (name, json) in fields)
                {
#pragma warning disable SCME0001 // JsonPatch is experimental; it is the SDK's only way to add body fields.
                    raw.Patch.Set(Encoding.UTF8.GetBytes("$." + name), BinaryData.FromString(json));
#pragma warning restore SCME0001
                }

                return raw;
            };
        }

        return shaped;
    }
}
