using System.Collections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.UserSecrets;

namespace PlanAct.Agents.Configuration;

/// <summary>Builds PlanAct's configuration from all its sources.</summary>
public static class PlanActConfiguration
{
    /// <summary>The user-secrets id PlanAct reads (<c>dotnet user-secrets --id planact set PlanAct:Planner:ApiKey …</c>).</summary>
    public const string DefaultUserSecretsId = "planact";

    /// <summary>
    /// Builds the configuration. Sources, later wins: built-in defaults (in <see cref="PlanActOptions"/>),
    /// <c>appsettings.json</c> in <paramref name="basePath"/> (default: the current directory), user secrets
    /// (id <see cref="DefaultUserSecretsId"/>), environment variables (legacy names such as <c>OPENROUTER_API_KEY</c>
    /// first, then the .NET form <c>PlanAct__Planner__Model</c>), then the command line (<c>--PlanAct:Planner:Model=…</c>).
    /// </summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="basePath">Directory holding <c>appsettings.json</c>.</param>
    public static IConfigurationRoot Build(string[] args, string? basePath = null) =>
        Build(args, basePath, environment: null, userSecretsId: null);

    /// <summary>
    /// Builds the configuration with an explicit environment and user-secrets id (for tests and embedding hosts).
    /// </summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="basePath">Directory holding <c>appsettings.json</c>.</param>
    /// <param name="environment">Environment variables to read; null reads the process environment.</param>
    /// <param name="userSecretsId">User-secrets id; null uses <see cref="DefaultUserSecretsId"/>.</param>
    public static IConfigurationRoot Build(string[] args, string? basePath, IReadOnlyDictionary<string, string?>? environment, string? userSecretsId)
    {
        ArgumentNullException.ThrowIfNull(args);
        var env = environment ?? ReadProcessEnvironment();
        var secretsPath = PathHelper.GetSecretsPathFromSecretsId(userSecretsId ?? DefaultUserSecretsId);
        return new ConfigurationBuilder()
            .SetBasePath(basePath ?? Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile(secretsPath, optional: true, reloadOnChange: false)
            .AddInMemoryCollection(EnvironmentNames.ToConfiguration(env))
            .AddCommandLine(args)
            .Build();
    }

    private static Dictionary<string, string?> ReadProcessEnvironment()
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            result[(string)e.Key] = e.Value as string;
        }

        return result;
    }
}
