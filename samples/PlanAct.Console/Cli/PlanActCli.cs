using System.CommandLine;
using PlanAct.Console.Commands;

namespace PlanAct.Console.Cli;

/// <summary>The <c>planact</c> command tree.</summary>
public static class PlanActCli
{
    /// <summary>Builds the root command with every subcommand bound to <paramref name="context"/>.</summary>
    public static RootCommand Build(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand(
            "PlanAct: Plan-and-Act web agents (a planner model writes the plan, a small executor model acts in Chromium). " +
            "Configuration comes from appsettings.json, user secrets (id 'planact'), environment variables (PlanAct__Section__Key, OPENROUTER_API_KEY, …) " +
            "and --PlanAct:Section:Key=value on the command line. " + ExitCodes.Describe())
        {
            DemoCommand.Create(context),
            RunCommand.Create(context),
            CheckCommand.Create(context),
            ValidateCommand.Create(context),
            ReportCommand.Create(context),
            InstallBrowserCommand.Create(context),
        };
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = Build(context);
        var writer = new SpectreTextWriter(context.Console);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = writer, Error = writer }, cancellationToken);
    }
}
