using System.CommandLine;
using PlanAct.Console.Cli;
using PlanAct.Console.Running;
using PlanAct.Plugins.Browser;
using Spectre.Console;

namespace PlanAct.Console.Commands;

/// <summary><c>planact install-browser</c>: reports the Chromium PlanAct would use, or installs Playwright's.</summary>
internal static class InstallBrowserCommand
{
    public static Command Create(CliContext context)
    {
        var force = new Option<bool>("--force") { Description = "Install Playwright's Chromium even when a usable browser is already found." };
        var command = new Command("install-browser", "Find the Chromium PlanAct will use; if there is none, download Playwright's (for machines without apt-get install chromium). Exit codes: 0 a browser is available; 5 installing failed.") { force };
        command.AcceptConfigurationOverrides();
        command.SetAction((parse, ct) => CommandGuard.InvokeAsync(context, parse, overrides =>
        {
            var configured = AgentStack.LoadBrowserOptions(context.BuildConfiguration(overrides)).ExecutablePath;
            var locator = new BrowserLocator(name => context.Environment.TryGetValue(name, out var v) ? v : null, File.Exists, SafeSubdirectories);
            try
            {
                var found = locator.Locate(configured);
                context.Console.MarkupLineInterpolated($"[green]Chromium found:[/] {found}");
                if (!parse.GetValue(force))
                {
                    context.Console.MarkupLine("Nothing to install (use --force to install Playwright's Chromium anyway).");
                    return Task.FromResult(ExitCodes.Success);
                }
            }
            catch (BrowserNotFoundException ex)
            {
                context.Console.MarkupLineInterpolated($"[yellow]No Chromium found:[/] {ex.Message}");
            }

            context.Console.MarkupLine("Installing Playwright's Chromium (needs internet access; on Debian/Ubuntu `apt-get install chromium` also works)…");
            var code = Microsoft.Playwright.Program.Main(["install", "chromium"]);
            if (code != 0)
            {
                context.Console.MarkupLineInterpolated($"[red]Playwright's installer failed with exit code {code}.[/] Install Chromium with your package manager and set PLANACT_BROWSER_EXECUTABLE to its path.");
                return Task.FromResult(ExitCodes.BrowserUnavailable);
            }

            context.Console.MarkupLine("[green]Chromium installed.[/]");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static IEnumerable<string> SafeSubdirectories(string path) => Directory.Exists(path) ? Directory.GetDirectories(path) : [];
}
