using System.Globalization;
using System.Net;
using System.Text;
using PlanAct.Agents.Prompts;

namespace PlanAct.Agents.Trajectory;

/// <summary>
/// Renders a trajectory as one self-contained HTML page (inline CSS, screenshots as data URIs, no scripts) that a
/// person can read step by step. Every text from the page or the models is HTML-encoded.
/// </summary>
public static class TrajectoryHtmlWriter
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
        h1{font-size:1.4em} .meta td{padding:2px 12px 2px 0;vertical-align:top}
        .step{border:1px solid #ccc;border-radius:6px;margin:1em 0;padding:.6em 1em}
        .ok{border-left:6px solid #2a2} .fail{border-left:6px solid #c22} .final{border-left:6px solid #36c}
        pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em;border-radius:4px;max-height:24em;overflow:auto}
        .label{font-weight:600} img{max-width:100%;border:1px solid #ddd} .small{color:#666;font-size:.9em}
        """;

    /// <summary>Renders the page.</summary>
    /// <param name="document">The trajectory.</param>
    /// <returns>The HTML text.</returns>
    public static string Render(TrajectoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var r = document.Result;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Task ").Append(E(document.Task.Id)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        sb.Append("<h1>Task ").Append(E(document.Task.Id)).Append(": ").Append(E(document.Task.Intent)).Append("</h1>\n<table class=\"meta\">");
        Row(sb, "Status", $"{r.Status}: {r.Reason}");
        Row(sb, "Answer", r.Answer ?? "(none)");
        Row(sb, "Start URL", document.Task.StartUrl);
        Row(sb, "Final URL", r.FinalUrl ?? "");
        Row(sb, "Steps", r.Steps.ToString(CultureInfo.InvariantCulture));
        Row(sb, "Duration", r.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s");
        Row(sb, "Planner", Usage(r.PlannerUsage));
        Row(sb, "Executor", Usage(r.ExecutorUsage));
        Row(sb, "Settings", $"executor {document.ExecutorMode}, replan {document.ReplanPolicy}, planner sees {document.PlannerObservation}, executor sees {document.ExecutorObservation}");
        sb.Append("</table>\n");

        foreach (var step in document.Steps)
        {
            var css = step.IsFinal ? "final" : step.Success ? "ok" : "fail";
            sb.Append("<section class=\"step ").Append(css).Append("\">\n<h2>").Append(step.IsFinal ? "Final answer" : "Step " + step.Index.ToString(CultureInfo.InvariantCulture)).Append("</h2>\n");
            sb.Append("<p class=\"small\">").Append(E(step.StartedAt.ToString("u", CultureInfo.InvariantCulture)))
              .Append(CultureInfo.InvariantCulture, $" · planner {step.PlannerLatencyMs:0} ms, {step.PlannerInputTokens}+{step.PlannerOutputTokens} tokens · executor {step.ExecutorLatencyMs:0} ms, {step.ExecutorInputTokens}+{step.ExecutorOutputTokens} tokens · action {step.ActionLatencyMs:0} ms · cost ${step.CostUsd:0.######}")
              .Append("</p>\n");
            if (step.IsFinal)
            {
                Field(sb, "Answer", step.Answer ?? "");
            }
            else
            {
                Field(sb, "Instruction", step.Instruction ?? "");
                Field(sb, "Action", step.Action is null ? "(none)" : PromptComposer.Describe(step.Action));
                Field(sb, "Outcome", (step.Success ? "ok: " : "FAILED: ") + step.Outcome);
                Field(sb, "URL", $"{step.UrlBefore} → {step.UrlAfter}");
            }

            Details(sb, step.Replanned ? "Planner output" : "Planner (plan carried over)", step.PlannerOutput ?? step.GlobalPlan, open: step.IsFinal);
            if (!string.IsNullOrWhiteSpace(step.Memory))
            {
                Details(sb, "Memory", step.Memory, open: false);
            }

            if (!step.IsFinal)
            {
                Details(sb, "Executor output", step.ExecutorOutput ?? "", open: false);
            }

            Details(sb, "Observation", step.Observation ?? "", open: false);
            if (step.Screenshot is { Length: > 0 } png)
            {
                sb.Append("<img alt=\"screenshot after step ").Append(step.Index.ToString(CultureInfo.InvariantCulture)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\">\n");
            }

            sb.Append("</section>\n");
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static string Usage(Running.RoleUsage u)
        => string.Create(CultureInfo.InvariantCulture, $"{u.Calls} calls, {u.InputTokens} in ({u.CachedInputTokens} cached) / {u.OutputTokens} out tokens, ${u.CostUsd:0.######}");

    private static void Row(StringBuilder sb, string label, string value)
        => sb.Append("<tr><td class=\"label\">").Append(E(label)).Append("</td><td>").Append(E(value)).Append("</td></tr>");

    private static void Field(StringBuilder sb, string label, string value)
        => sb.Append("<p><span class=\"label\">").Append(E(label)).Append(":</span> ").Append(E(value)).Append("</p>\n");

    private static void Details(StringBuilder sb, string summary, string body, bool open)
        => sb.Append(open ? "<details open>" : "<details>").Append("<summary>").Append(E(summary)).Append("</summary><pre>").Append(E(body)).Append("</pre></details>\n");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
