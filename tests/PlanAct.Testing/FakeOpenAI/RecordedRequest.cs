using System.Text;
using System.Text.Json.Nodes;

namespace PlanAct.Testing.FakeOpenAI;

/// <summary>One HTTP request received by <see cref="FakeOpenAIServer"/>.</summary>
/// <param name="Method">HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">Request path as received, e.g. <c>/v1/chat/completions</c>.</param>
/// <param name="Endpoint">The recognised endpoint: <c>chat</c>, <c>completions</c>, <c>models</c>, <c>key</c> or <c>other</c>.</param>
/// <param name="Headers">Request headers (names case-insensitive; multiple values joined by a comma).</param>
/// <param name="Body">Raw request body text.</param>
/// <param name="Json">Parsed JSON body, or null when the body is empty or not JSON.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Endpoint,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    JsonNode? Json)
{
    /// <summary>When the server received the request.</summary>
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>True for <c>/chat/completions</c> requests.</summary>
    public bool IsChat => Endpoint == FakeEndpoints.Chat;

    /// <summary>True for legacy <c>/completions</c> requests.</summary>
    public bool IsCompletion => Endpoint == FakeEndpoints.Completions;

    /// <summary>The <c>model</c> field of the body, if any.</summary>
    public string? Model => Json?["model"]?.GetValue<string>();

    /// <summary>True when the body asks for a streamed (SSE) reply.</summary>
    public bool IsStreaming => Json?["stream"] is JsonValue v && v.TryGetValue(out bool b) && b;

    /// <summary>The <c>prompt</c> of a completion request (empty for chat requests).</summary>
    public string Prompt => Json?["prompt"] is JsonValue v && v.TryGetValue(out string? s) ? s ?? "" : "";

    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>The chat messages as (role, text) pairs; content parts are concatenated.</summary>
    public IReadOnlyList<(string Role, string Text)> Messages
    {
        get
        {
            var list = new List<(string, string)>();
            if (Json?["messages"] is not JsonArray messages)
            {
                return list;
            }

            foreach (var m in messages)
            {
                var role = m?["role"]?.GetValue<string>() ?? "";
                list.Add((role, ContentText(m?["content"])));
            }

            return list;
        }
    }

    /// <summary>
    /// Every text the model was sent: all message contents for chat requests, the prompt for completion requests.
    /// Fakes that play a model search this for the observation (e.g. an element's id by its name).
    /// </summary>
    public string AllText => IsCompletion ? Prompt : string.Join("\n", Messages.Select(m => m.Text));

    /// <summary>The text of the last message with role <c>user</c> (or the prompt for completion requests).</summary>
    public string LastUserText => IsCompletion ? Prompt : Messages.LastOrDefault(m => m.Role == "user").Text ?? "";

    /// <summary>Names of the tools offered in the request.</summary>
    public IReadOnlyList<string> ToolNames =>
        Json?["tools"] is JsonArray tools
            ? tools.Select(t => t?["function"]?["name"]?.GetValue<string>() ?? "").ToList()
            : [];

    private static string ContentText(JsonNode? content)
    {
        switch (content)
        {
            case JsonValue v when v.TryGetValue(out string? s):
                return s ?? "";
            case JsonArray parts:
                var sb = new StringBuilder();
                foreach (var p in parts)
                {
                    if (p?["text"] is JsonValue t && t.TryGetValue(out string? text))
                    {
                        sb.Append(text);
                    }
                }

                return sb.ToString();
            default:
                return "";
        }
    }
}
