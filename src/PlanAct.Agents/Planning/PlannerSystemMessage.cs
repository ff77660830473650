using Microsoft.Extensions.AI;
using PlanAct.Agents.Prompts;

namespace PlanAct.Agents.Planning;

/// <summary>
/// Builds the planner's system message. With prompt caching on, it is sent as two text parts (rules, format), the
/// first marked <c>cache_control: {type: ephemeral}</c> — the form OpenRouter forwards to Anthropic. A single part
/// would be collapsed to a plain string by the OpenAI SDK and lose the marker, hence two parts.
/// </summary>
internal static class PlannerSystemMessage
{
    public static ChatMessage Create(PromptSet prompts, bool cacheable)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        if (!cacheable)
        {
            return new ChatMessage(ChatRole.System, prompts.PlannerSystem);
        }

        var rules = prompts.PlannerRules.TrimEnd() + "\n\n";
        var format = prompts.PlannerFormat.TrimEnd();
        var rulesPart = OpenAI.Chat.ChatMessageContentPart.CreateTextPart(rules);
#pragma warning disable SCME0001 // JsonPatch is the SDK's supported way to add fields it does not model (cache_control).
        rulesPart.Patch.Set("$.cache_control"u8, BinaryData.FromString("""{"type":"ephemeral"}"""));
#pragma warning restore SCME0001
        var formatPart = OpenAI.Chat.ChatMessageContentPart.CreateTextPart(format);
        return new ChatMessage(ChatRole.System, [new TextContent(rules) { RawRepresentation = rulesPart }, new TextContent(format) { RawRepresentation = formatPart }]);
    }
}
