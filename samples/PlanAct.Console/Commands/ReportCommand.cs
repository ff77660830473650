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
        var results = new Argument<string>("results") { Description = "A results.jsonl file, or the output folder of a run (holding results.jsonl)." };
        var tasks = new Option<string?>("--tasks") { Description = "Task file or folder: groups by its sites and lists tasks that were not run." };
        var html = new Option<string?>("--html") { Description = "Where to write the HTML report (default: report.html next to the results)." };
        var command = new Command("report", "Print the summary table of a run and write an HTML report linking each task's trajectory. Exit codes: 0 report written; 3 missing or invalid results/task file.") { results, tasks, html };
        command.AcceptConfigurationOverrides();
        command.SetAction((parse, ct) => CommandGuard.InvokeAsync(context, parse, async overrides =>
        {
            var path = context.FullPath(parse.GetValue(results)!);
            if (Directory.Exists(path))
            {
                path = Path.Combine(path, "results.jsonl");
            }

            if (!File.Exists(path))
            {
                context.Console.MarkupLineInterpolated($"[red]No results file at {path}.[/] Give the results.jsonl of a run (planact run --output <folder> writes <folder>/results.jsonl).");
                return ExitCodes.InvalidInput;
            }

            IReadOnlyList<TaskResult> stored;
            try
            {
                stored = JsonlResultStore.Read(path);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException or FormatException)
            {
                context.Console.MarkupLineInterpolated($"[red]{path} is not a results file:[/] {ex.Message}");
                return ExitCodes.InvalidInput;
            }

            var latest = stored.GroupBy(r => r.TaskId).Select(g => g.Last()).ToList();
            if (latest.Count == 0)
            {
                context.Console.MarkupLineInterpolated($"[red]{path} holds no task results.[/]");
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
