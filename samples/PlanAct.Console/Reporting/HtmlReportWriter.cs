using System.Globalization;
using System.Net;
using System.Text;
using PlanAct.WebArena.Results;

namespace PlanAct.Console.Reporting;

/// <summary>Renders an HTML report: the per-site summary and one row per task linking to its trajectory.</summary>
internal static class HtmlReportWriter
{
    /// <summary>The report HTML; trajectory links are made relative to <paramref name="reportDirectory"/>.</summary>
    public static string Render(SuiteSummary summary, IReadOnlyList<TaskResult> results, string reportDirectory, string title)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(results);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>")
          .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin-bottom:1.5rem}")
          .Append("td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}.ok{color:#070}.fail{color:#a00}</style></head><body>")
          .Append("<h1>").Append(E(title)).Append("</h1><h2>Summary</h2><table id=\"summary\"><thead><tr><th>Site group</th><th>Tasks</th>")
          .Append("<th>Finished</th><th>Succeeded</th><th>Errors</th><th>Success rate</th></tr></thead><tbody>");
        foreach (var g in summary.Groups.Append(summary.Overall))
        {
            sb.Append(c, $"<tr><td>{E(g.Group)}</td><td>{g.Tasks}</td><td>{g.Finished}</td><td>{g.Succeeded}</td><td>{g.Errors}</td><td>{g.SuccessRate:P1}</td></tr>");
        }

        sb.Append("</tbody></table>")
          .Append(c, $"<p>Mean steps {summary.MeanSteps:F1}; mean tokens {summary.MeanInputTokens:F0} in / {summary.MeanOutputTokens:F0} out; total cost ${summary.TotalCostUsd:F4}.</p>")
          .Append("<h2>Tasks</h2><table id=\"tasks\"><thead><tr><th>Task</th><th>Sites</th><th>Status</th><th>Score</th><th>Steps</th><th>Answer</th><th>Trajectory</th></tr></thead><tbody>");
        foreach (var r in results.OrderBy(r => r.TaskId))
        {
            var link = r.TrajectoryPath is null
                ? "-"
                : $"<a href=\"{E(Relative(reportDirectory, r.TrajectoryPath))}\">trajectory</a>";
            sb.Append(c, $"<tr id=\"task-{r.TaskId}\"><td>{r.TaskId}</td><td>{E(string.Join(", ", r.Sites))}</td><td>{E(r.Status.ToString())}</td>")
              .Append(c, $"<td class=\"{(r.Success ? "ok" : "fail")}\">{r.Score.ToString("0.##", c)}</td><td>{r.Steps}</td>")
              .Append(c, $"<td>{E(r.Answer ?? r.Error ?? "")}</td><td>{link}</td></tr>");
        }

        return sb.Append("</tbody></table></body></html>").ToString();
    }

    private static string Relative(string directory, string path) =>
        Path.IsPathRooted(path) ? Path.GetRelativePath(directory, path).Replace('\\', '/') : path.Replace('\\', '/');

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
