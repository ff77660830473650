using System.CommandLine;
using System.Globalization;
using PlanAct.Console.Cli;
using PlanAct.Console.Demo;
using PlanAct.Console.Running;
using PlanAct.DemoSite;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;
using Spectre.Console;

namespace PlanAct.Console.Commands;

/// <summary>
/// <c>planact demo</c>: starts the built-in demo site on 127.0.0.1 and runs the planner–executor agents on its
/// tasks, with live progress, then prints the results and where the trajectories are.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var tasks = new Option<string?>("--tasks") { Description = "Task ids or ranges to run, e.g. 0-3,7 (default: all demo tasks)." };
        var output = new Option<string?>("--output") { Description = "Output folder (default: planact-demo/<date-time>)." };
        var concurrency = new Option<int>("--concurrency") { Description = "Tasks run at once.", DefaultValueFactory = _ => 1 };
        var port = new Option<int>("--port") { Description = "Port of the demo site on 127.0.0.1 (0 = any free port).", DefaultValueFactory = _ => 0 };
        var timeout = new Option<int>("--task-timeout") { Description = "Seconds allowed per task.", DefaultValueFactory = _ => 300 };
        var list = new Option<bool>("--list") { Description = "List the demo tasks and exit (needs no endpoint)." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print the planner's turns." };
        var command = new Command("demo", "Run the Plan-and-Act agents on the built-in demo site (a shop and a forum) and print the results. Needs only an LLM endpoint, e.g. OPENROUTER_API_KEY. Exit codes: 0 all tasks scored; 2 no endpoint configured; 5 no browser; 6 some tasks errored; 130 cancelled.")
        {
            tasks, output, concurrency, port, timeout, list, verbose,
        };
        command.AcceptConfigurationOverrides();
        command.SetAction((parse, ct) => CommandGuard.InvokeAsync(context, parse, async overrides =>
        {
            if (parse.GetValue(list))
            {
                return ListTasks(context.Console);
            }

            // 1. Endpoints first: nothing is launched when the agents could not run.
            var baseConfiguration = context.BuildConfiguration(overrides);
            var (endpointOverrides, note) = DemoEndpointPlan.Decide(baseConfiguration);
            var configuration = context.BuildConfiguration(overrides, endpointOverrides);
            try
            {
                var models = AgentStack.LoadModelOptions(configuration);
                context.Console.MarkupLineInterpolated($"planner:  {models.Planner.Model} at {models.Planner.Endpoint}");
                context.Console.MarkupLineInterpolated($"executor: {models.Executor.Model} at {models.Executor.Endpoint}");
            }
            catch (PlanAct.Agents.Configuration.PlanActConfigurationException ex)
            {
                context.Console.MarkupLineInterpolated($"[red]{DemoEndpointPlan.MissingEndpointHelp}[/]");
                CommandGuard.WriteProblems(context, "Details:", ex.Problems);
                return ExitCodes.ConfigurationError;
            }

            if (note is not null)
            {
                context.Console.MarkupLineInterpolated($"[grey]{note}[/]");
            }

            // 2. A browser must exist before the site and agents start.
            var browser = AgentStack.LoadBrowserOptions(configuration);
            browser.ExecutablePath = new BrowserLocator(name => context.Environment.TryGetValue(name, out var v) ? v : null, File.Exists, d => Directory.Exists(d) ? Directory.GetDirectories(d) : [])
                .Locate(browser.ExecutablePath);
            configuration = context.BuildConfiguration(overrides, new Dictionary<string, string?>(endpointOverrides) { ["PlanAct:Browser:ExecutablePath"] = browser.ExecutablePath });

            // 3. Site, tasks, agents.
            await using var site = await DemoSiteServer.StartAsync(new DemoSiteOptions { Port = parse.GetValue(port) }, ct);
            context.Console.MarkupLineInterpolated($"Demo site: {site.BaseUrl} (shop) and {site.ForumUrl} (forum)");
            var siteUrls = new SiteUrls(DemoTasks.SiteUrls(site.BaseUrl));
            var selected = TaskSelection.Parse(parse.GetValue(tasks)).Apply(new TaskConfigLoader(siteUrls).Parse(DemoTasks.ReadRawJson(), "demo tasks"));
            if (selected.Count == 0)
            {
                context.Console.MarkupLineInterpolated($"[red]No demo task matches --tasks {parse.GetValue(tasks)}.[/] Use `planact demo --list` to see them.");
                return ExitCodes.UsageError;
            }

            var folder = context.FullPath(parse.GetValue(output) ?? Path.Combine("planact-demo", DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
            var progress = new LiveProgress(context.Console, parse.GetValue(verbose));
            await using var stack = await AgentStack.CreateAsync(configuration, siteUrls, folder, context, progress.Report, ct);
            var options = new SuiteRunOptions
            {
                MaxConcurrency = Math.Max(1, parse.GetValue(concurrency)),
                TaskTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                OutputFolder = folder,
            };
            context.Console.MarkupLineInterpolated($"Running {selected.Count} demo task(s); output in {folder}");
            return await SuiteExecution.RunAsync(
                context, stack, progress, new DemoSiteResetter(site), selected, options, "PlanAct demo", ct);
        }));
        return command;
    }

    private static int ListTasks(IAnsiConsole console)
    {
        var tasks = new TaskConfigLoader(new SiteUrls(DemoTasks.SiteUrls("http://127.0.0.1"))).Parse(DemoTasks.ReadRawJson(), "demo tasks");
        var table = new Table().AddColumns("Id", "Site", "Evaluators", "Intent");
        foreach (var t in tasks)
        {
            table.AddRow(t.TaskId.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(",", t.Sites)), Markup.Escape(string.Join(", ", t.Eval.EvalTypes)), Markup.Escape(t.Intent));
        }

        console.Write(table);
        return ExitCodes.Success;
    }
}
