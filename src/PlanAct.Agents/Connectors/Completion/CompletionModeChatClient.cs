using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors.Errors;
using PlanAct.Agents.Connectors.Http;

namespace PlanAct.Agents.Connectors.Completion;

/// <summary>
/// An <see cref="IChatClient"/> over the legacy <c>POST /completions</c> API: messages are rendered with
/// <see cref="ChatMlPromptRenderer"/>, <c>&lt;|im_end|&gt;</c> is always a stop sequence, and <c>&lt;tool_call&gt;</c> blocks in the
/// output become <see cref="FunctionCallContent"/>s, so agents cannot tell it from a chat endpoint.
/// Streaming calls are served by one non-streaming request.
/// </summary>
internal sealed class CompletionModeChatClient(HttpClient http, EndpointTarget target) : IChatClient
{
    private readonly ChatClientMetadata _metadata = new("openai", target.BaseUri, target.Model);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = BuildBody(messages, options);
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Resolve("completions"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return Parse(text);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The HttpClient belongs to the factory.
    }

    internal JsonObject BuildBody(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var prompt = ChatMlPromptRenderer.Render(messages, options?.Instructions, options?.Tools);
        var stops = new List<string>(options?.StopSequences ?? []);
        if (!stops.Contains(ChatMlPromptRenderer.EndToken))
        {
            stops.Add(ChatMlPromptRenderer.EndToken);
        }

        var body = new JsonObject
        {
            ["model"] = options?.ModelId ?? target.Model,
            ["prompt"] = prompt,
            ["stop"] = new JsonArray([.. stops.Select(s => (JsonNode)JsonValue.Create(s))]),
        };
        if (options?.MaxOutputTokens is { } max)
        {
            body["max_tokens"] = max;
        }

        if (options?.Temperature is { } temperature)
        {
            body["temperature"] = temperature;
        }

        if (options?.TopP is { } topP)
        {
            body["top_p"] = topP;
        }

        if (options?.TopK is { } topK)
        {
            body["top_k"] = topK;
        }

        if (options?.Seed is { } seed)
        {
            body["seed"] = seed;
        }

        if (options?.FrequencyPenalty is { } frequency)
        {
            body["frequency_penalty"] = frequency;
        }

        if (options?.PresencePenalty is { } presence)
        {
            body["presence_penalty"] = presence;
        }

        foreach (var (name, value) in target.Options.ExtraBody)
        {
            body[name] = PlanActOptionsLoader.ExtraBodyValueToJson(value);
        }

        return body;
    }

    internal ChatResponse Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ModelProviderException(ModelErrorKind.MalformedResponse, $"{target.Label}: the completion body is not valid JSON ({e.Message}).", 200);
        }

        var choice = node?["choices"]?[0];
        if (choice?["text"] is not JsonValue textValue || !textValue.TryGetValue(out string? generated))
        {
            throw new ModelProviderException(ModelErrorKind.MalformedResponse, $"{target.Label}: the completion has no choices[0].text.", 200);
        }

        var (text, calls) = ToolCallTextParser.Parse(generated);
        var contents = new List<AIContent>();
        if (text.Length > 0)
        {
            contents.Add(new TextContent(text));
        }

        contents.AddRange(calls);
        var finish = Str(choice["finish_reason"]);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, contents))
        {
            ResponseId = Str(node?["id"]),
            ModelId = Str(node?["model"]) ?? target.Model,
            FinishReason = calls.Count > 0 ? ChatFinishReason.ToolCalls
                : finish == "length" ? ChatFinishReason.Length
                : ChatFinishReason.Stop,
            RawRepresentation = node,
        };
        if (node?["usage"] is JsonObject usage)
        {
            response.Usage = new UsageDetails
            {
                InputTokenCount = Long(usage["prompt_tokens"]),
                OutputTokenCount = Long(usage["completion_tokens"]),
                TotalTokenCount = Long(usage["total_tokens"]),
                CachedInputTokenCount = Long(usage["prompt_tokens_details"]?["cached_tokens"]),
            };
            if (usage["cost"] is JsonValue cost && cost.TryGetValue(out double c))
            {
                response.AdditionalProperties = new() { [ReportedCost.PropertyName] = c };
            }
        }

        return response;
    }

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static long? Long(JsonNode? n) => n is JsonValue v && v.TryGetValue(out long l) ? l : null;
}
