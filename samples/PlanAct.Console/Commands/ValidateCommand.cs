using System.CommandLine;
using System.Globalization;
using PlanAct.Console.Cli;
using PlanAct.Console.Running;
using PlanAct.Console.Validation;
using PlanAct.DemoSite;
using Spectre.Console;

namespace PlanAct.Console.Commands;

/// <summary><c>planact validate &lt;path&gt;</c>: loads task configs and prints tasks per site and every error.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string?>("path") { Description = "A task file (JSON array or one task), a folder of <id>.json files, or the WebArena-Lite raw file.", Arity = ArgumentArity.ZeroOrOne };
        var demo = new Option<bool>("--demo") { Description = "Validate the demo site's built-in tasks instead of a path." };
        var command = new Command("validate", "Load task configs and print the tasks per site and every error. Exit codes: 0 valid; 1 no path given; 3 errors found.") { path, demo };
        command.AcceptConfigurationOverrides();
        command.SetAction((parse, ct) => CommandGuard.InvokeAsync(context, parse, overrides =>
        {
            var configuration = context.BuildConfiguration(overrides);
            var sites = SiteConfiguration.Resolve(configuration, context);
            var target = parse.GetValue(path);
            TaskValidationReport report;
            if (parse.GetValue(demo))
            {
                report = TaskFileValidator.ValidateText(DemoTasks.ReadRawJson(), "demo tasks", sites);
            }
            else if (string.IsNullOrWhiteSpace(target))
            {
                context.Console.MarkupLine("[red]Give a task file or folder to validate, or --demo.[/] Example: planact validate ../shared/webarena-lite/test_webarena_lite.raw.json");
                return Task.FromResult(ExitCodes.UsageError);
            }
            else
            {
                report = TaskFileValidator.ValidatePath(context.FullPath(target), sites);
            }

            return Task.FromResult(Print(context.Console, report));
        }));
        return command;
    }

    private static int Print(IAnsiConsole console, TaskValidationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        if (report.StandInSites.Count > 0)
        {
            console.MarkupLineInterpolated($"[grey]No URL configured for {string.Join(", ", report.StandInSites)}; validated with stand-in URLs (set PlanAct:WebArena:Sites:<site> or the site's environment variable to check real ones).[/]");
        }

        if (!report.IsValid)
        {
            console.MarkupLineInterpolated($"[red]{report.Errors.Count} error(s) in {report.Source}:[/]");
            foreach (var error in report.Errors)
            {
                console.MarkupLineInterpolated($"  • {error}");
            }

            return ExitCodes.InvalidInput;
        }

        var table = new Table().Title($"{report.Tasks.Count} tasks in {Markup.Escape(report.Source)}").AddColumns("Sites", "Tasks", "Evaluators");
        foreach (var group in report.Tasks.GroupBy(t => string.Join(",", t.Sites)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var evals = group.SelectMany(t => t.Eval.EvalTypes).GroupBy(e => e).OrderBy(e => e.Key)
                .Select(e => $"{e.Key} {e.Count().ToString(c)}");
            table.AddRow(Markup.Escape(group.Key), group.Count().ToString(c), Markup.Escape(string.Join(", ", evals)));
        }

        table.AddRow("[bold]total[/]", report.Tasks.Count.ToString(c), "");
        console.Write(table);
        console.MarkupLine("[green]All tasks are valid.[/]");
        return ExitCodes.Success;
    }
}
