using Microsoft.Extensions.Logging;
using PlanAct.Console.Cli;
using PlanAct.Console.Reporting;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;
using Spectre.Console;

namespace PlanAct.Console.Running;

/// <summary>Runs a task selection through the WebArena suite runner with live progress, and prints and saves the results.</summary>
internal static class SuiteExecution
{
    /// <summary>Runs the tasks; returns <see cref="ExitCodes.Success"/> or <see cref="ExitCodes.TasksErrored"/>.</summary>
    public static async Task<int> RunAsync(
        CliContext context, AgentStack stack, LiveProgress progress, ISiteResetter? resetter, IReadOnlyList<WebArenaTask> tasks, SuiteRunOptions options, string title, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.OutputFolder);
        var store = new JsonlResultStore(Path.Combine(options.OutputFolder, "results.jsonl"));
        var suite = new SuiteRunner(new ReportingTaskRunner(stack.TaskRunner, progress), resetter, context.LoggerFactory.CreateLogger<SuiteRunner>());
        var summary = await progress.ShowWhileAsync(stack.AgentOptions.MaxSteps, () => suite.RunAsync(tasks, store, options, cancellationToken));
        var selected = tasks.Select(t => t.TaskId).ToHashSet();
        var results = store.ReadAll().Where(r => selected.Contains(r.TaskId)).GroupBy(r => r.TaskId).Select(g => g.Last()).ToList();
        context.Console.WriteLine();
        ResultsView.WriteTasks(context.Console, results);
        ResultsView.WriteSummary(context.Console, summary);
        var reportPath = Path.Combine(options.OutputFolder, "report.html");
        await File.WriteAllTextAsync(reportPath, HtmlReportWriter.Render(summary, results, options.OutputFolder, title), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "summary.json"), summary.ToJson(), cancellationToken);
        context.Console.MarkupLineInterpolated($"Results: {store.Path}");
        context.Console.MarkupLineInterpolated($"Report:  {reportPath}");
        context.Console.MarkupLineInterpolated($"Trajectories: {stack.AgentOptions.TrajectoryDirectory}");
        return summary.ErroredTaskIds.Count > 0 || summary.MissingTaskIds.Count > 0 ? ExitCodes.TasksErrored : ExitCodes.Success;
    }
}
