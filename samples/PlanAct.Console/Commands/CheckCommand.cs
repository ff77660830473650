using System.CommandLine;
using PlanAct.Agents.Check;
using PlanAct.Console.Cli;
using PlanAct.Console.Running;
using Spectre.Console;

namespace PlanAct.Console.Commands;

/// <summary><c>planact check</c>: validates the configuration and checks that both model endpoints answer.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("check", "Check the configuration and that the planner and executor endpoints answer (key, model listed, one-token round trip). Exit codes: 0 all checks passed; 2 configuration missing/invalid; 4 a check failed.");
        command.AcceptConfigurationOverrides();
        command.SetAction((parse, ct) => CommandGuard.InvokeAsync(context, parse, async overrides =>
        {
            var options = AgentStack.LoadModelOptions(context.BuildConfiguration(overrides));
            context.Console.MarkupLineInterpolated($"planner:  {options.Planner.Model} at {options.Planner.Endpoint}");
            context.Console.MarkupLineInterpolated($"executor: {options.Executor.Model} at {options.Executor.Endpoint}");
            var result = await new ConnectionChecker(options, context.LoggerFactory).CheckAsync(ct);
            var table = new Table().AddColumns("Role", "Check", "Result", "Detail");
            foreach (var row in result.Rows)
            {
                table.AddRow(
                    Markup.Escape(row.Role),
                    Markup.Escape(row.Check),
                    row.Passed ? "[green]ok[/]" : "[red]FAILED[/]",
                    Markup.Escape(row.Passed ? row.Detail : row.FailureReason ?? row.Detail));
            }

            context.Console.Write(table);
            context.Console.MarkupLine(result.AllPassed ? "[green]All checks passed.[/]" : "[red]Some checks failed.[/]");
            return result.AllPassed ? ExitCodes.Success : ExitCodes.EndpointCheckFailed;
        }));
        return command;
    }
}
