using System.CommandLine;
using PlanAct.Agents.Configuration;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Tasks;
using Spectre.Console;

namespace PlanAct.Console.Cli;

/// <summary>Runs a command body and turns the known failure kinds into a clear message and an exit code.</summary>
internal static class CommandGuard
{
    /// <summary>Invokes <paramref name="body"/> with the configuration overrides found on the command line.</summary>
    public static async Task<int> InvokeAsync(CliContext context, ParseResult parse, Func<IReadOnlyList<string>, Task<int>> body)
    {
        var (overrides, unknown) = CommonOptions.SplitOverrides(parse);
        if (unknown.Count > 0)
        {
            context.Console.MarkupLineInterpolated($"[red]Unrecognized argument(s):[/] {string.Join(' ', unknown)}");
            context.Console.MarkupLine("Configuration can be given as --PlanAct:Section:Key=value; see --help.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await body(overrides);
        }
        catch (PlanActConfigurationException ex)
        {
            WriteProblems(context, "The configuration is not usable:", ex.Problems.Count > 0 ? ex.Problems : [ex.Message]);
            return ExitCodes.ConfigurationError;
        }
        catch (TaskConfigException ex)
        {
            WriteProblems(context, "The task configs are invalid:", [.. ex.Errors.Select(e => e.ToString())]);
            return ExitCodes.InvalidInput;
        }
        catch (BrowserNotFoundException ex)
        {
            WriteProblems(context, "No Chromium browser was found:", [ex.Message, "Install one with `apt-get install chromium`, or run `planact install-browser`, or set PLANACT_BROWSER_EXECUTABLE."]);
            return ExitCodes.BrowserUnavailable;
        }
        catch (OperationCanceledException)
        {
            context.Console.MarkupLine("[yellow]Cancelled.[/]");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>Writes a heading and one bullet per problem.</summary>
    public static void WriteProblems(CliContext context, string heading, IReadOnlyList<string> problems)
    {
        context.Console.MarkupLineInterpolated($"[red]{heading}[/]");
        foreach (var p in problems)
        {
            context.Console.MarkupLineInterpolated($"  • {p}");
        }
    }
}
