using System.Text.Json;
using System.Text.RegularExpressions;

namespace PlanAct.Agents.Planning;

/// <summary>
/// Parses planner replies leniently: a JSON object (<see cref="PlannerJsonReply"/>, optionally fenced) or the
/// PA-CLAUDE text layout (<c>##Global Plan:</c> / <c>\MEMORY:</c> / <c>\INSTRUCTION:</c> / <c>\stop(answer)</c>),
/// after removing an optional <c>&lt;think&gt;…&lt;/think&gt;</c> block. Pure function of its input.
/// </summary>
/// <remarks>
/// Differences from the reference implementation, on purpose (see plan-and-act.md §8):
/// <c>\stop(</c> counts only as a directive at the start of a line, the answer may span lines up to the matching
/// parenthesis, the word "stop" inside an instruction never stops the task, and memory may span several lines.
/// </remarks>
public static partial class PlannerReplyParser
{
    private const string ExpectedFormat =
        "Expected either\n##Global Plan: <plan>\n\\MEMORY: <facts found so far>\n\\INSTRUCTION: <one next action in words>\n" +
        "or, when the task is finished, a line \\stop(<final answer only>).";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses one planner reply.</summary>
    /// <param name="reply">The model's reply text.</param>
    /// <returns>The turn, or an error a model can act on.</returns>
    public static PlannerParseResult Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return new PlannerParseResult(null, "The reply was empty. " + ExpectedFormat);
        }

        var (thinking, body) = SplitThinking(reply);
        string? jsonError = null;
        if (TryExtractJson(body, out var json))
        {
            var fromJson = ParseJson(json, thinking, out jsonError);
            if (fromJson is not null)
            {
                return new PlannerParseResult(fromJson, null);
            }
        }

        var fromText = ParseText(body, thinking, out var textError);
        if (fromText is not null)
        {
            return new PlannerParseResult(fromText, null);
        }

        return new PlannerParseResult(null, jsonError is null ? textError : $"{jsonError} Also: {textError}");
    }

    private static (string Thinking, string Body) SplitThinking(string reply)
    {
        var end = reply.IndexOf("</think>", StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return ("", reply);
        }

        var thinking = reply[..end];
        var start = thinking.IndexOf("<think>", StringComparison.OrdinalIgnoreCase);
        if (start >= 0)
        {
            thinking = thinking[(start + "<think>".Length)..];
        }

        return (thinking.Trim(), reply[(end + "</think>".Length)..]);
    }

    private static bool TryExtractJson(string body, out string json)
    {
        var fence = JsonFence().Match(body);
        if (fence.Success)
        {
            json = fence.Groups["json"].Value;
            return true;
        }

        var trimmed = body.Trim();
        if (trimmed.StartsWith('{') && trimmed.EndsWith('}'))
        {
            json = trimmed;
            return true;
        }

        json = "";
        return false;
    }

    private static PlannerTurn? ParseJson(string json, string thinking, out string? error)
    {
        PlannerJsonReply? reply;
        try
        {
            reply = JsonSerializer.Deserialize<PlannerJsonReply>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            error = $"The JSON reply is not valid JSON ({ex.Message}).";
            return null;
        }

        if (reply is null)
        {
            error = "The JSON reply was null.";
            return null;
        }

        var reasoning = string.Join("\n", new[] { thinking, reply.Reasoning?.Trim() ?? "" }.Where(s => s.Length > 0));
        if (reply.Done)
        {
            error = null;
            return new PlannerTurn
            {
                IsStop = true,
                Answer = reply.FinalAnswer?.Trim() ?? "",
                Reasoning = reasoning,
                GlobalPlan = reply.GlobalPlan?.Trim() ?? "",
                Memory = reply.Memory?.Trim() ?? "",
                Format = PlannerReplyFormat.Json,
            };
        }

        if (string.IsNullOrWhiteSpace(reply.Instruction))
        {
            error = "The JSON reply has done=false but no \"instruction\". Give exactly one next instruction, or set done=true with final_answer.";
            return null;
        }

        error = null;
        return new PlannerTurn
        {
            Reasoning = reasoning,
            GlobalPlan = reply.GlobalPlan?.Trim() ?? "",
            Memory = reply.Memory?.Trim() ?? "",
            Instruction = reply.Instruction.Trim(),
            Format = PlannerReplyFormat.Json,
        };
    }

    private static PlannerTurn? ParseText(string body, string thinking, out string? error)
    {
        var stop = StopDirective().Match(body);
        var plan = PlanMarker().Match(body);
        var memory = MemoryMarker().Match(body);
        var instruction = InstructionMarker().Match(body);
        var markers = new[] { plan, memory, instruction, stop }.Where(m => m.Success).Select(m => m.Index).ToList();
        var firstMarker = markers.Count == 0 ? body.Length : markers.Min();
        var reasoning = string.Join("\n", new[] { thinking, body[..firstMarker].Trim() }.Where(s => s.Length > 0));
        var planText = plan.Success ? Segment(body, plan, markers) : "";
        var memoryText = memory.Success ? Segment(body, memory, markers) : "";

        if (stop.Success)
        {
            error = null;
            return new PlannerTurn
            {
                IsStop = true,
                Answer = StopAnswer(body, stop.Index + stop.Length),
                Reasoning = reasoning,
                GlobalPlan = planText,
                Memory = memoryText,
                Format = PlannerReplyFormat.Text,
            };
        }

        var instructionText = instruction.Success ? FirstParagraph(Segment(body, instruction, markers)) : "";
        if (instructionText.Length == 0)
        {
            error = instruction.Success
                ? "The \\INSTRUCTION: line is empty. " + ExpectedFormat
                : "The reply has neither an \\INSTRUCTION: line nor a \\stop(...) line. " + ExpectedFormat;
            return null;
        }

        error = null;
        return new PlannerTurn
        {
            Reasoning = reasoning,
            GlobalPlan = planText,
            Memory = memoryText,
            Instruction = instructionText,
            Format = PlannerReplyFormat.Text,
        };
    }

    private static string Segment(string body, Match marker, List<int> markers)
    {
        var start = marker.Index + marker.Length;
        var next = markers.Where(i => i > marker.Index).DefaultIfEmpty(body.Length).Min();
        return next <= start ? "" : body[start..next].Trim();
    }

    private static string FirstParagraph(string text)
    {
        var blank = BlankLine().Match(text);
        var paragraph = blank.Success ? text[..blank.Index] : text;
        return WhitespaceRun().Replace(paragraph, " ").Trim().Trim('`').Trim();
    }

    private static string StopAnswer(string body, int afterOpenParen)
    {
        var depth = 1;
        for (var i = afterOpenParen; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return body[afterOpenParen..i].Trim();
                    }

                    break;
            }
        }

        // Unbalanced: take up to the last closing parenthesis, or the rest of the text.
        var last = body.LastIndexOf(')');
        return (last >= afterOpenParen ? body[afterOpenParen..last] : body[afterOpenParen..]).Trim();
    }

    [GeneratedRegex(@"```(?:json)?\s*(?<json>\{.*?\})\s*```", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex JsonFence();

    [GeneratedRegex(@"^[ \t*>\-]*(?:\\stop\s*\(|stop\()", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex StopDirective();

    [GeneratedRegex(@"^[ \t*>\-]*#*[ \t]*\**Global[ \t]+Plan\**[ \t]*:\**", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PlanMarker();

    [GeneratedRegex(@"\\MEMORY[ \t]*:|^[ \t*#>\-]*MEMORY\**[ \t]*:\**", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex MemoryMarker();

    [GeneratedRegex(@"\\INSTRUCTION[ \t]*:|^[ \t*#>\-]*INSTRUCTION\**[ \t]*:\**", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex InstructionMarker();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
