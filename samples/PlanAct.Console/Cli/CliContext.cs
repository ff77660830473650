using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PlanAct.Agents.Configuration;
using Spectre.Console;

namespace PlanAct.Console.Cli;

/// <summary>
/// What a command needs from its surroundings: the console to write to, the environment variables and working
/// folder configuration is read from, and a logger factory. Tests pass a captured console and a fixed environment.
/// </summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    public CliContext(IAnsiConsole console, IReadOnlyDictionary<string, string?> environment, string workingDirectory, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        Console = console;
        Environment = environment;
        WorkingDirectory = workingDirectory;
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <summary>Where output goes.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Environment variables (configuration source).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>Folder holding appsettings.json; relative paths are resolved against it.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Logger factory for the libraries.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>
    /// Configuration from the library's sources: appsettings.json in <see cref="WorkingDirectory"/>, user secrets,
    /// environment variables (including OPENROUTER_API_KEY and the other legacy names) and <c>--PlanAct:Key=value</c>
    /// overrides given on the command line.
    /// </summary>
    public IConfigurationRoot BuildConfiguration(IReadOnlyList<string> overrides, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var root = PlanActConfiguration.Build([.. overrides], WorkingDirectory, Environment, userSecretsId: null);
        if (extra is null || extra.Count == 0)
        {
            return root;
        }

        return new ConfigurationBuilder().AddConfiguration(root).AddInMemoryCollection(extra).Build();
    }

    /// <summary><paramref name="path"/> resolved against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A context for the real process: the terminal, the process environment and current folder.</summary>
    public static CliContext ForProcess(ILoggerFactory loggerFactory)
    {
        var environment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)e.Key] = e.Value as string;
        }

        return new CliContext(AnsiConsole.Console, environment, Directory.GetCurrentDirectory(), loggerFactory);
    }
}
