using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace PlanAct.Agents.Connectors.Completion;

/// <summary>Finds Hermes/Qwen <c>&lt;tool_call&gt;{"name":…,"arguments":{…}}&lt;/tool_call&gt;</c> blocks in generated text.</summary>
public static partial class ToolCallTextParser
{
    /// <summary>
    /// Splits <paramref name="text"/> into the text outside tool-call blocks and the calls found. A block whose JSON
    /// cannot be read is left in the text, so the caller still sees what the model wrote.
    /// </summary>
    public static (string Text, IReadOnlyList<FunctionCallContent> Calls) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var calls = new List<FunctionCallContent>();
        var remaining = Block().Replace(text, match =>
        {
            var call = TryRead(match.Groups["json"].Value, calls.Count);
            if (call is null)
            {
                return match.Value;
            }

            calls.Add(call);
            return "";
        });
        return (remaining.Trim(), calls);
    }

    private static FunctionCallContent? TryRead(string json, int index)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject obj || obj["name"] is not JsonValue nameValue || !nameValue.TryGetValue(out string? name))
            {
                return null;
            }

            var args = obj["arguments"] switch
            {
                JsonObject o => JsonSerializer.Deserialize<Dictionary<string, object?>>(o.ToJsonString(), AIJsonUtilities.DefaultOptions),
                JsonValue v when v.TryGetValue(out string? s) => JsonSerializer.Deserialize<Dictionary<string, object?>>(s, AIJsonUtilities.DefaultOptions),
                _ => new Dictionary<string, object?>(),
            };
            return new FunctionCallContent($"call_{index}_{Guid.NewGuid():N}"[..24], name, args);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<tool_call>\s*(?<json>.*?)\s*(</tool_call>|$)", RegexOptions.Singleline)]
    private static partial Regex Block();
}
