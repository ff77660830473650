using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace PlanAct.Agents.Connectors.Completion;

/// <summary>
/// Renders chat messages as a ChatML prompt in the Qwen2.5 style, for executors called through <c>/v1/completions</c>:
/// <c>&lt;|im_start|&gt;role\n…&lt;|im_end|&gt;\n</c> turns ending with an open assistant turn. Tools are described in the
/// system turn inside <c>&lt;tools&gt;</c>; tool calls are rendered as <c>&lt;tool_call&gt;</c> blocks and tool results as
/// <c>&lt;tool_response&gt;</c> blocks inside a user turn.
/// </summary>
public static class ChatMlPromptRenderer
{
    /// <summary>The turn end token, also the default stop sequence in completion mode.</summary>
    public const string EndToken = "<|im_end|>";

    /// <summary>The turn start token.</summary>
    public const string StartToken = "<|im_start|>";

    /// <summary>The system text used when the conversation has none (Qwen2.5's default).</summary>
    public const string DefaultSystem = "You are Qwen, created by Alibaba Cloud. You are a helpful assistant.";

    /// <summary>Renders the prompt.</summary>
    /// <param name="messages">The conversation.</param>
    /// <param name="instructions">Extra system instructions (e.g. <see cref="ChatOptions.Instructions"/>), placed first.</param>
    /// <param name="tools">Tools offered to the model.</param>
    public static string Render(IEnumerable<ChatMessage> messages, string? instructions = null, IEnumerable<AITool>? tools = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages.ToList();
        var systemParts = new List<string>();
        if (!string.IsNullOrWhiteSpace(instructions))
        {
            systemParts.Add(instructions);
        }

        systemParts.AddRange(list.Where(m => m.Role == ChatRole.System).Select(m => m.Text).Where(t => !string.IsNullOrEmpty(t)));
        var system = systemParts.Count > 0 ? string.Join("\n\n", systemParts) : DefaultSystem;
        var functions = tools?.OfType<AIFunctionDeclaration>().ToList() ?? [];
        if (functions.Count > 0)
        {
            system += ToolsSection(functions);
        }

        var sb = new StringBuilder();
        Turn(sb, "system", system);
        var i = 0;
        var rest = list.Where(m => m.Role != ChatRole.System).ToList();
        while (i < rest.Count)
        {
            var m = rest[i];
            if (m.Role == ChatRole.Tool)
            {
                var responses = new StringBuilder();
                while (i < rest.Count && rest[i].Role == ChatRole.Tool)
                {
                    foreach (var r in rest[i].Contents.OfType<FunctionResultContent>())
                    {
                        if (responses.Length > 0)
                        {
                            responses.Append('\n');
                        }

                        responses.Append("<tool_response>\n").Append(ResultText(r.Result)).Append("\n</tool_response>");
                    }

                    i++;
                }

                Turn(sb, "user", responses.ToString());
                continue;
            }

            if (m.Role == ChatRole.Assistant)
            {
                Turn(sb, "assistant", AssistantText(m));
            }
            else
            {
                Turn(sb, "user", m.Text);
            }

            i++;
        }

        sb.Append(StartToken).Append("assistant\n");
        return sb.ToString();
    }

    private static void Turn(StringBuilder sb, string role, string content) =>
        sb.Append(StartToken).Append(role).Append('\n').Append(content).Append(EndToken).Append('\n');

    private static string AssistantText(ChatMessage m)
    {
        var sb = new StringBuilder(m.Text);
        foreach (var call in m.Contents.OfType<FunctionCallContent>())
        {
            var json = new JsonObject
            {
                ["name"] = call.Name,
                ["arguments"] = JsonSerializer.SerializeToNode(call.Arguments ?? new Dictionary<string, object?>(), AIJsonUtilities.DefaultOptions),
            };
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append("<tool_call>\n").Append(json.ToJsonString()).Append("\n</tool_call>");
        }

        return sb.ToString();
    }

    private static string ResultText(object? result) => result switch
    {
        null => "",
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
        _ => JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions),
    };

    private static string ToolsSection(IEnumerable<AIFunctionDeclaration> functions)
    {
        var sb = new StringBuilder("\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n")
            .Append("You are provided with function signatures within <tools></tools> XML tags:\n<tools>");
        foreach (var f in functions)
        {
            var json = new JsonObject
            {
                ["type"] = "function",
                ["function"] = new JsonObject
                {
                    ["name"] = f.Name,
                    ["description"] = f.Description,
                    ["parameters"] = JsonNode.Parse(f.JsonSchema.GetRawText()),
                },
            };
            sb.Append('\n').Append(json.ToJsonString());
        }

        return sb.Append("\n</tools>\n\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\n")
            .Append("<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>")
            .ToString();
    }
}
