using System.Text.Json;
using PlanAct.Agents.Running;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.Support;

/// <summary>
/// A fake executor model: reads the instruction and the current page from the request, finds the named element's
/// id in the observation, and answers with one action in the requested mode (tool call or grammar text).
/// </summary>
public static class FakeExecutorPolicy
{
    public static Func<RecordedRequest, FakeReply> For(ExecutorMode mode, FakeUsage? usage = null)
        => request => Reply(request, mode, usage);

    public static string Instruction(string prompt)
    {
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

    private static FakeReply Reply(RecordedRequest request, ExecutorMode mode, FakeUsage? usage)
    {
        var prompt = request.LastUserText;
        var instruction = Instruction(prompt);
        var page = ObservationReader.CurrentPage(prompt);
        if (instruction.StartsWith("Continue with the plan", StringComparison.Ordinal))
        {
            // A carried-over plan: act on the first plan step whose target is on the current page.
            var planStart = instruction.IndexOf("Plan:\n", StringComparison.Ordinal);
            foreach (var line in instruction[(planStart + 6)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var step = System.Text.RegularExpressions.Regex.Replace(line.Trim(), @"^\d+[.)]\s*", "");
                if (TryAct(request, mode, step, page, usage) is { } reply)
                {
                    return reply;
                }
            }

            return FakeReply.Text("Nothing in the plan can be done on this page.", usage);
        }

        return TryAct(request, mode, instruction, page, usage) ?? FakeReply.Text($"I cannot find the target of '{instruction}' on this page.", usage);
    }

    private static FakeReply? TryAct(RecordedRequest request, ExecutorMode mode, string instruction, string page, FakeUsage? usage)
    {
        var quoted = ObservationReader.Quoted(instruction);
        var verb = instruction.Split(' ', 2)[0].ToLowerInvariant();
        switch (verb)
        {
            case "click" when quoted.Count >= 1:
                var role = System.Text.RegularExpressions.Regex.Match(instruction, @"the (link|button|tab|checkbox|heading) '").Groups[1].Value;
                var id = ObservationReader.FindId(page, quoted[0], role.Length == 0 ? null : role);
                return id is null ? null : Click(request, mode, id, usage);
            case "type" when quoted.Count >= 2:
                var field = ObservationReader.FindId(page, quoted[1], "textbox");
                var enter = instruction.Contains("press Enter", StringComparison.OrdinalIgnoreCase);
                return field is null ? null : Type(request, mode, field, quoted[0], enter, usage);
            case "scroll":
                return Scroll(request, mode, usage);
            default:
                return null;
        }
    }

    private static FakeReply Click(RecordedRequest request, ExecutorMode mode, string id, FakeUsage? usage) => mode switch
    {
        ExecutorMode.Tools => FakeReply.ToolCall(Tool(request, "click"), JsonSerializer.Serialize(new { id }), usage),
        ExecutorMode.WebArena => FakeReply.Text($"The target is [{id}].\nIn summary, the next action I will perform is ```click [{id}]```", usage),
        ExecutorMode.WebRL => FakeReply.Text($"# Element: the target\ndo(action=\"Click\", element=\"{id}\")", usage),
        _ => FakeReply.Text($"click(bid={id})", usage),
    };

    private static FakeReply Type(RecordedRequest request, ExecutorMode mode, string id, string text, bool enter, FakeUsage? usage) => mode switch
    {
        ExecutorMode.Tools => FakeReply.ToolCall(Tool(request, "type"), JsonSerializer.Serialize(new { id, text, press_enter = enter }), usage),
        ExecutorMode.WebArena => FakeReply.Text($"```type [{id}] [{text}] [{(enter ? 1 : 0)}]```", usage),
        ExecutorMode.WebRL => FakeReply.Text($"do(action=\"{(enter ? "Search" : "Type")}\", argument=\"{text}\", element=\"{id}\")", usage),
        _ => FakeReply.Text($"type(bid={id}, value={text}, press_enter={(enter ? "True" : "False")})", usage),
    };

    private static FakeReply Scroll(RecordedRequest request, ExecutorMode mode, FakeUsage? usage) => mode switch
    {
        ExecutorMode.Tools => FakeReply.ToolCall(Tool(request, "scroll"), """{"direction":"down"}""", usage),
        ExecutorMode.WebArena => FakeReply.Text("```scroll [down]```", usage),
        ExecutorMode.WebRL => FakeReply.Text("do(action=\"Scroll Down\")", usage),
        _ => FakeReply.Text("scroll_down()", usage),
    };

    // The offered tool whose name ends with the action (works for "click", "browser_click", "browser-click").
    private static string Tool(RecordedRequest request, string action)
        => request.ToolNames.FirstOrDefault(n => n == action || n.EndsWith("_" + action, StringComparison.Ordinal) || n.EndsWith("-" + action, StringComparison.Ordinal))
           ?? throw new InvalidOperationException($"No '{action}' tool offered; offered: {string.Join(", ", request.ToolNames)}");
}
