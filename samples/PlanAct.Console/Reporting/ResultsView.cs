using System.Globalization;
using PlanAct.WebArena.Results;
using Spectre.Console;

namespace PlanAct.Console.Reporting;

/// <summary>Renders a suite summary and per-task results as Spectre tables.</summary>
internal static class ResultsView
{
    /// <summary>Writes the per-site summary table.</summary>
    public static void WriteSummary(IAnsiConsole console, SuiteSummary summary)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Title("Results").AddColumns("Site group", "Tasks", "Finished", "Succeeded", "Errors", "Success rate");
        foreach (var g in summary.Groups.Append(summary.Overall))
        {
            table.AddRow(
                Markup.Escape(g.Group),
                g.Tasks.ToString(c),
                g.Finished.ToString(c),
                g.Succeeded.ToString(c),
                g.Errors.ToString(c),
                g.SuccessRate.ToString("P1", c));
        }

        console.Write(table);
        console.MarkupLineInterpolated(
            $"mean steps {summary.MeanSteps.ToString("F1", c)} · mean tokens {summary.MeanInputTokens.ToString("F0", c)} in / {summary.MeanOutputTokens.ToString("F0", c)} out · total cost ${summary.TotalCostUsd.ToString("F4", c)} · wall time {TimeSpan.FromSeconds(summary.WallTimeSeconds).ToString(@"hh\:mm\:ss", c)}");
        if (summary.ErroredTaskIds.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]errored tasks:[/] {string.Join(", ", summary.ErroredTaskIds)}");
        }

        if (summary.MissingTaskIds.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]not run:[/] {string.Join(", ", summary.MissingTaskIds)}");
        }
    }

    /// <summary>Writes one row per task result.</summary>
    public static void WriteTasks(IAnsiConsole console, IReadOnlyList<TaskResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("Task", "Status", "Score", "Steps", "Answer", "Trajectory");
        foreach (var r in results.OrderBy(r => r.TaskId))
        {
            table.AddRow(
                r.TaskId.ToString(c),
                Markup.Escape(r.Status.ToString()),
                r.Success ? "[green]1[/]" : "[red]" + r.Score.ToString("0.##", c) + "[/]",
                r.Steps.ToString(c),
                Markup.Escape(Shorten(r.Answer ?? r.Error ?? "", 40)),
                Markup.Escape(r.TrajectoryPath ?? "-"));
        }

        console.Write(table);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
