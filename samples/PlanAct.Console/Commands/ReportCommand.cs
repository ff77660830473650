using System.CommandLine;
using PlanAct.Console.Cli;
using PlanAct.Console.Reporting;
using PlanAct.Console.Running;
using PlanAct.Console.Validation;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Tasks;
using Spectre.Console;

namespace PlanAct.Console.Commands;

/// <summary><c>planact report &lt;results&gt;</c>: the summary table and an HTML report linking each task's trajectory.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var results = new Argument<string[]>("results")
        {
            Description = "One or more results.jsonl files or run output folders (holding results.jsonl). Several (e.g. one per --shard) are merged: per task the last completed result wins.",
            Arity = ArgumentArity.OneOrMore,
        };
        var merged = new Option<string?>("--merged") { Description = "With several results: also write the merged results to this JSONL file." };
        var tasks = new Option<string?>("--tasks") { Description = "Task file or folder: groups by its sites and lists tasks that were not run." };
        var html = new Option<string?>("--html") { Description = "Where to write the HTML report (default: report.html next to the results)." };
        var command = new Command("report", "Print the summary table of a run and write an HTML report linking each task's trajectory. Exit codes: 0 report written; 3 missing or invalid results/task file.") { results, tasks, html, merged };
        command.AcceptConfigurationOverrides();
        command.SetAction((parse, ct) => CommandGuard.InvokeAsync(context, parse, async overrides =>
        {
            var paths = new List<string>();
            foreach (var given in parse.GetValue(results)!)
            {
                var file = context.FullPath(given);
                if (Directory.Exists(file))
                {
                    file = Path.Combine(file, "results.jsonl");
                }

                if (!File.Exists(file))
                {
                    context.Console.MarkupLineInterpolated($"[red]No results file at {file}.[/] Give the results.jsonl of a run (planact run --output <folder> writes <folder>/results.jsonl).");
                    return ExitCodes.InvalidInput;
                }

                paths.Add(file);
            }

            IReadOnlyList<TaskResult> stored;
            try
            {
                var mergedPath = parse.GetValue(merged) is { } m ? context.FullPath(m) : null;
                stored = paths.Count == 1 && mergedPath is null ? JsonlResultStore.Read(paths[0]) : JsonlResultStore.Merge(paths, mergedPath);
                if (mergedPath is not null)
                {
                    context.Console.MarkupLineInterpolated($"Merged {paths.Count} results file(s) into {mergedPath}");
                }
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException or FormatException)
            {
                context.Console.MarkupLineInterpolated($"[red]{string.Join(", ", paths)}: not a results file:[/] {ex.Message}");
                return ExitCodes.InvalidInput;
            }

            var path = paths[0];
            var latest = stored.GroupBy(r => r.TaskId).Select(g => g.Last()).ToList();
            if (latest.Count == 0)
            {
                context.Console.MarkupLineInterpolated($"[red]{string.Join(", ", paths)} holds no task results.[/]");
                return ExitCodes.InvalidInput;
            }

            IReadOnlyList<WebArenaTask> taskList;
            var tasksPath = parse.GetValue(tasks);
            if (tasksPath is not null)
            {
                var report = TaskFileValidator.ValidatePath(context.FullPath(tasksPath), SiteConfiguration.Resolve(context.BuildConfiguration(overrides), context));
                if (!report.IsValid)
                {
                    throw new TaskConfigException(report.Errors);
                }

                taskList = report.Tasks;
            }
            else
            {
                taskList = [.. latest.Select(StandInTask)];
            }

            var summary = SuiteSummary.Compute(taskList, latest, TimeSpan.FromSeconds(latest.Sum(r => r.DurationSeconds)));
            ResultsView.WriteTasks(context.Console, latest);
            ResultsView.WriteSummary(context.Console, summary);
            var htmlPath = context.FullPath(parse.GetValue(html) ?? Path.Combine(Path.GetDirectoryName(path)!, "report.html"));
            await File.WriteAllTextAsync(htmlPath, HtmlReportWriter.Render(summary, latest, Path.GetDirectoryName(htmlPath)!, "PlanAct results"), ct);
            context.Console.MarkupLineInterpolated($"Report: {htmlPath}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static WebArenaTask StandInTask(TaskResult result) => new()
    {
        TaskId = result.TaskId,
        Sites = result.Sites,
        StartUrls = [],
        Intent = "",
        Eval = new TaskEvaluationSpec { EvalTypes = [] },
    };
}
