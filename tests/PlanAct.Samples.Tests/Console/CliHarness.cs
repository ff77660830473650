using PlanAct.Console.Cli;
using Spectre.Console;

namespace PlanAct.Samples.Tests.Console;

/// <summary>Invokes the planact command tree in-process with a captured console, a fixed environment and a temp working folder.</summary>
internal static class CliHarness
{
    public static Task<(int ExitCode, string Output)> InvokeAsync(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args) =>
        InvokeAsync(environment, workingDirectory, terminal: false, args);

    /// <summary>Invokes the command tree; <paramref name="terminal"/> makes the console look like an interactive ANSI terminal (as opposed to redirected output).</summary>
    public static async Task<(int ExitCode, string Output)> InvokeAsync(IReadOnlyDictionary<string, string?> environment, string workingDirectory, bool terminal, params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSupport(),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = 220;
        var code = await PlanActCli.InvokeAsync(args, new CliContext(console, environment, workingDirectory));
        return (code, writer.ToString());
    }

    public static Task<(int ExitCode, string Output)> InvokeAsync(params string[] args) =>
        InvokeAsync(new Dictionary<string, string?>(), Path.GetTempPath(), args);

    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "planact-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static ColorSystemSupport ColorSupport() => ColorSystemSupport.NoColors;
}
