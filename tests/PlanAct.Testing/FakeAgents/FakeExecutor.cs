using System.Text.Json;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Testing.FakeAgents;

/// <summary>
/// A fake executor model (tools mode): reads the instruction and the current page from the request, finds the
/// named element's id in the observation and calls the matching browser tool.
/// </summary>
public static class FakeExecutor
{
    /// <summary>The reply to an executor request.</summary>
    public static FakeReply Reply(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prompt = request.LastUserText;
        var instruction = Instruction(prompt);
        var page = PageText.CurrentPage(prompt);
        var quoted = PageText.Quoted(instruction);
        if (instruction.StartsWith("Click the link", StringComparison.OrdinalIgnoreCase) && quoted.Count > 0
            && PageText.FindId(page, quoted[0], "link") is { } id)
        {
            return FakeReply.ToolCall(Tool(request, "click"), JsonSerializer.Serialize(new { id }));
        }

        if (instruction.StartsWith("Scroll", StringComparison.OrdinalIgnoreCase))
        {
            return FakeReply.ToolCall(Tool(request, "scroll"), """{"direction":"down"}""");
        }

        return FakeReply.Text($"I cannot find the target of '{instruction}' on this page.");
    }

    /// <summary>The instruction part of an executor prompt.</summary>
    public static string Instruction(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        const string Head = "# Instruction\n";
        var start = prompt.IndexOf(Head, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        start += Head.Length;
        var end = prompt.IndexOf("\n\n#", start, StringComparison.Ordinal);
        return (end < 0 ? prompt[start..] : prompt[start..end]).Trim();
    }

    private static string Tool(RecordedRequest request, string action) =>
        request.ToolNames.FirstOrDefault(n => n == action || n.EndsWith("_" + action, StringComparison.Ordinal) || n.EndsWith("-" + action, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No '{action}' tool offered; offered: {string.Join(", ", request.ToolNames)}");
}
