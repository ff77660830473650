using System.CommandLine;
using PlanAct.Console.Cli;
using PlanAct.Console.Running;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;
using Spectre.Console;

namespace PlanAct.Console.Commands;

/// <summary><c>planact run &lt;tasks&gt;</c>: runs WebArena tasks with the agents; resumable, parallel and shardable.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("tasks") { Description = "A task file (JSON array or one task), a folder of <id>.json files, or the WebArena-Lite raw file." };
        var ids = new Option<string?>("--ids") { Description = "Task ids or ranges, e.g. 0-9,42." };
        var sites = new Option<string?>("--sites") { Description = "Only tasks on these sites, e.g. shopping,reddit." };
        var concurrency = new Option<int>("--concurrency") { Description = "Tasks run at once.", DefaultValueFactory = _ => SuiteRunOptions.DefaultConcurrency };
        var shard = new Option<string?>("--shard") { Description = "Run one shard of the selection, e.g. 0/4 (index/count)." };
        var output = new Option<string>("--output") { Description = "Output folder; results.jsonl there makes the run resumable.", DefaultValueFactory = _ => "webarena-results" };
        var rerun = new Option<bool>("--rerun-errored") { Description = "Run again the tasks whose stored result is an error or timeout." };
        var timeout = new Option<int>("--task-timeout") { Description = "Seconds allowed per task.", DefaultValueFactory = _ => 600 };
        var budget = new Option<decimal?>("--cost-budget") { Description = "Maximum USD per task." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print the planner's turns." };
        var command = new Command("run", "Run WebArena tasks with the Plan-and-Act agents and score them. Signs in for require_login tasks (storage states in PlanAct:WebArena:AuthFolder, default .auth) and opens one tab per start URL. Resumable: tasks already in <output>/results.jsonl are skipped. Exit codes: 0 all tasks scored; 1 bad selection; 2 configuration; 3 invalid task file; 5 no browser; 6 some tasks errored; 130 cancelled.")
        {
            path, ids, sites, concurrency, shard, output, rerun, timeout, budget, verbose,
        };
        command.AcceptConfigurationOverrides();
        command.SetAction((parse, ct) => CommandGuard.InvokeAsync(context, parse, async overrides =>
        {
            var configuration = context.BuildConfiguration(overrides);
            AgentStack.LoadModelOptions(configuration);
            AgentStack.LoadWebArenaOptions(configuration);
            ShardSpec? shardSpec = null;
            TaskSelection selection;
            try
            {
                shardSpec = parse.GetValue(shard) is { } s ? ShardSpec.Parse(s) : null;
                selection = TaskSelection.Parse(parse.GetValue(ids), parse.GetValue(sites));
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                context.Console.MarkupLineInterpolated($"[red]{ex.Message}[/]");
                return ExitCodes.UsageError;
            }

            var siteUrls = SiteConfiguration.Resolve(configuration, context);
            var all = new TaskConfigLoader(siteUrls).Load(context.FullPath(parse.GetValue(path)!));
            var selected = selection.Apply(all);
            if (selected.Count == 0)
            {
                context.Console.MarkupLine("[red]No task matches the selection.[/]");
                return ExitCodes.UsageError;
            }

            var folder = context.FullPath(parse.GetValue(output)!);
            var progress = new LiveProgress(context.Console, parse.GetValue(verbose));
            await using var stack = await AgentStack.CreateAsync(configuration, siteUrls, folder, context, progress.Report, ct);
            var options = new SuiteRunOptions
            {
                MaxConcurrency = Math.Max(1, parse.GetValue(concurrency)),
                TaskTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                CostBudgetUsd = parse.GetValue(budget),
                RerunErrored = parse.GetValue(rerun),
                Shard = shardSpec,
                OutputFolder = folder,
            };
            context.Console.MarkupLineInterpolated($"Running {selected.Count} task(s) from {parse.GetValue(path)}; output in {folder}");
            return await SuiteExecution.RunAsync(
                context, stack, progress, null, selected, options, "PlanAct results", ct);
        }));
        return command;
    }
}
