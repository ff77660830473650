using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanAct.Agents.Connectors.Errors;

/// <summary>Turns provider error responses into <see cref="ModelProviderException"/>s (pure functions of status and body).</summary>
public static class ProviderErrors
{
    /// <summary>The provider's message in an error body: <c>error.message</c> (OpenAI/OpenRouter/vLLM ≥ 0.10.1) or a flat <c>message</c> (older vLLM).</summary>
    public static string? ExtractMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return Truncate(body.Trim(), 300);
        }

        var error = node?["error"];
        var message = error is JsonObject ? Text(error["message"]) : Text(error) ?? Text(node?["message"]);
        var reasons = error?["metadata"]?["reasons"] as JsonArray;
        var raw = Text(error?["metadata"]?["raw"]);
        if (reasons is { Count: > 0 })
        {
            message += " (reasons: " + string.Join(", ", reasons.Select(r => r?.ToString())) + ")";
        }
        else if (!string.IsNullOrEmpty(raw))
        {
            message += " (upstream: " + Truncate(raw, 200) + ")";
        }

        return message ?? Truncate(body.Trim(), 300);
    }

    /// <summary>The error code inside an error body (<c>error.code</c> or <c>code</c>) when it is a number.</summary>
    public static int? ExtractCode(JsonNode? node)
    {
        var code = node?["error"]?["code"] ?? node?["code"];
        return code is JsonValue v && v.TryGetValue(out int i) ? i
            : code is JsonValue s && s.TryGetValue(out string? text) && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
            : null;
    }

    /// <summary>The exception for an HTTP error status.</summary>
    /// <param name="status">HTTP status.</param>
    /// <param name="body">Response body.</param>
    /// <param name="target">Who was called, e.g. <c>Planner anthropic/claude-sonnet-4 at openrouter.ai</c>.</param>
    /// <param name="keySetting">The setting holding the key, named in 401 messages.</param>
    public static ModelProviderException FromStatus(int status, string? body, string target, string keySetting)
    {
        var provider = ExtractMessage(body);
        var says = provider is null ? "" : $" Provider says: {provider}";
        var (kind, what) = status switch
        {
            400 => (ModelErrorKind.BadRequest, "the request was rejected as invalid (HTTP 400)."),
            401 => (ModelErrorKind.InvalidApiKey, $"the API key is invalid or expired (HTTP 401). Check {keySetting}."),
            402 => (ModelErrorKind.InsufficientCredits, "the account is out of credits (HTTP 402). Add credits or lower max tokens."),
            403 => (ModelErrorKind.Forbidden, "the request was refused by moderation, a guardrail or a region restriction (HTTP 403)."),
            404 => (ModelErrorKind.NotFound, "the path or model was not found (HTTP 404). Check the endpoint and model name."),
            408 => (ModelErrorKind.Timeout, "the provider timed out (HTTP 408)."),
            429 => (ModelErrorKind.RateLimited, "rate limited (HTTP 429) and retries did not help."),
            >= 500 and < 600 => (ModelErrorKind.ServerError, $"the server failed (HTTP {status}) and retries did not help."),
            _ => (ModelErrorKind.Other, $"unexpected HTTP {status}."),
        };
        return new ModelProviderException(kind, $"{target}: {what}{says}", status, provider);
    }

    /// <summary>
    /// Inspects a successful JSON body for errors the OpenAI SDK mishandles: a top-level <c>error</c>, or a choice with
    /// <c>finish_reason:"error"</c>. Returns null when the body is fine.
    /// </summary>
    public static ModelProviderException? FromSuccessBody(JsonNode? node, string target)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        if (obj["error"] is { } error && error.GetValueKind() != JsonValueKind.Null)
        {
            var message = error is JsonObject ? Text(error["message"]) ?? error.ToJsonString() : error.ToString();
            var code = ExtractCode(obj);
            return new ModelProviderException(ModelErrorKind.ProviderError, $"{target}: the provider reported an error{(code is null ? "" : $" (code {code})")}: {message}", code, message);
        }

        if (obj["object"] is JsonValue objectType && objectType.TryGetValue(out string? type) && type == "error")
        {
            var message = Text(obj["message"]) ?? obj.ToJsonString();
            var code = ExtractCode(obj);
            return new ModelProviderException(ModelErrorKind.ProviderError, $"{target}: the provider reported an error{(code is null ? "" : $" (code {code})")}: {message}", code, message);
        }

        if (obj["choices"] is JsonArray choices)
        {
            foreach (var choice in choices)
            {
                if (Text(choice?["finish_reason"]) == "error")
                {
                    var message = Text(choice?["error"]?["message"]) ?? "generation stopped with finish_reason \"error\"";
                    var code = ExtractCode(choice);
                    return new ModelProviderException(ModelErrorKind.ProviderError, $"{target}: the provider reported an error during generation: {message}", code, message);
                }
            }
        }

        return null;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out string? s) ? s : node?.ToJsonString();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
