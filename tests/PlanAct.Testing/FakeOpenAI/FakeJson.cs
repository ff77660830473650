using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanAct.Testing.FakeOpenAI;

/// <summary>Builds the OpenAI-compatible JSON documents the fake server sends.</summary>
internal static class FakeJson
{
    private static long _created = 1_700_000_000;

    public static JsonObject UsageObject(FakeUsage usage)
    {
        var o = new JsonObject
        {
            ["prompt_tokens"] = usage.PromptTokens,
            ["completion_tokens"] = usage.CompletionTokens,
            ["total_tokens"] = usage.PromptTokens + usage.CompletionTokens,
        };
        if (usage.CachedTokens is { } cached)
        {
            o["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = cached };
        }

        if (usage.Cost is { } cost)
        {
            o["cost"] = cost;
        }

        return o;
    }

    public static JsonArray ToolCallsArray(IReadOnlyList<FakeToolCall> calls, bool withIndex)
    {
        var array = new JsonArray();
        for (var i = 0; i < calls.Count; i++)
        {
            var c = calls[i];
            var o = new JsonObject
            {
                ["id"] = c.Id ?? $"call_{i}_{Guid.NewGuid():N}"[..20],
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.ArgumentsJson },
            };
            if (withIndex)
            {
                o["index"] = i;
            }

            array.Add(o);
        }

        return array;
    }

    public static string ChatCompletion(string id, string model, FakeReply reply)
    {
        var message = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = reply.MessageText.Length == 0 && reply.Calls.Count > 0 ? null : reply.MessageText,
        };
        if (reply.Calls.Count > 0)
        {
            message["tool_calls"] = ToolCallsArray(reply.Calls, withIndex: false);
        }

        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["created"] = Interlocked.Increment(ref _created),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = reply.Calls.Count > 0 ? "tool_calls" : "stop",
            }),
            ["usage"] = UsageObject(reply.Usage),
        }.ToJsonString();
    }

    public static string FinishReasonError(string id, string model, string partialText, string message) =>
        new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["created"] = Interlocked.Increment(ref _created),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = partialText },
                ["finish_reason"] = "error",
                ["error"] = new JsonObject { ["code"] = 502, ["message"] = message },
            }),
        }.ToJsonString();

    public static string ChatChunk(string id, string model, string? content, string? finishReason, JsonArray? toolCalls = null, bool withRole = false)
    {
        var delta = new JsonObject();
        if (withRole)
        {
            delta["role"] = "assistant";
        }

        if (content is not null)
        {
            delta["content"] = content;
        }

        if (toolCalls is not null)
        {
            delta["tool_calls"] = toolCalls;
        }

        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion.chunk",
            ["created"] = Interlocked.Increment(ref _created),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
        }.ToJsonString();
    }

    public static string UsageChunk(string id, string model, FakeUsage usage) =>
        new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion.chunk",
            ["created"] = Interlocked.Increment(ref _created),
            ["model"] = model,
            ["choices"] = new JsonArray(),
            ["usage"] = UsageObject(usage),
        }.ToJsonString();

    /// <summary>Text of a completion-mode reply: tool calls become Qwen/Hermes <c>&lt;tool_call&gt;</c> blocks.</summary>
    public static string CompletionText(FakeReply reply)
    {
        var text = reply.MessageText;
        foreach (var c in reply.Calls)
        {
            var call = new JsonObject { ["name"] = c.Name, ["arguments"] = JsonNode.Parse(c.ArgumentsJson) };
            text += (text.Length > 0 ? "\n" : "") + "<tool_call>\n" + call.ToJsonString() + "\n</tool_call>";
        }

        return text;
    }

    public static string TextCompletion(string id, string model, string text, FakeUsage usage, bool includeUsage = true, string? finishReason = "stop")
    {
        var o = new JsonObject
        {
            ["id"] = id,
            ["object"] = "text_completion",
            ["created"] = Interlocked.Increment(ref _created),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["text"] = text,
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
        };
        if (includeUsage)
        {
            o["usage"] = UsageObject(usage);
        }

        return o.ToJsonString();
    }

    public static string Models(IEnumerable<string> ids) =>
        new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject
            {
                ["id"] = id,
                ["object"] = "model",
                ["owned_by"] = "fake",
                ["pricing"] = new JsonObject { ["prompt"] = "0.000003", ["completion"] = "0.000015" },
            }).ToArray()),
        }.ToJsonString();

    public static JsonNode? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
