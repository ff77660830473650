namespace PlanAct.Agents.Configuration;

/// <summary>Maps environment variables to configuration keys: the legacy Python names and the .NET form.</summary>
public static class EnvironmentNames
{
    /// <summary>Prefix of the .NET form, e.g. <c>PlanAct__Planner__Model</c>.</summary>
    public const string Prefix = "PlanAct__";

    /// <summary>Legacy environment names (from the original Python setup) and the keys they set.</summary>
    public static IReadOnlyDictionary<string, string> Legacy { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["OPENROUTER_API_KEY"] = "PlanAct:Planner:ApiKey",
        ["PLANNER_ENDPOINT"] = "PlanAct:Planner:Endpoint",
        ["PLANNER_MODEL_NAME"] = "PlanAct:Planner:Model",
        ["EXECUTOR_ENDPOINT"] = "PlanAct:Executor:Endpoint",
        ["EXECUTOR_MODEL_NAME"] = "PlanAct:Executor:Model",
    };

    /// <summary>
    /// The configuration entries the environment sets. When a legacy name and the .NET form set the same key, the .NET form wins;
    /// <c>OPENAI_LOG=debug</c> turns on <see cref="PlanActOptions.Debug"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ToConfiguration(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, key) in Legacy)
        {
            var value = Lookup(environment, name);
            if (!string.IsNullOrEmpty(value))
            {
                result[key] = value;
            }
        }

        if (string.Equals(Lookup(environment, "OPENAI_LOG"), "debug", StringComparison.OrdinalIgnoreCase))
        {
            result["PlanAct:Debug"] = "true";
        }

        foreach (var (name, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                result["PlanAct:" + name[Prefix.Length..].Replace("__", ":", StringComparison.Ordinal)] = value;
            }
        }

        return result;
    }

    private static string? Lookup(IReadOnlyDictionary<string, string?> environment, string name)
    {
        if (environment.TryGetValue(name, out var v))
        {
            return v;
        }

        return environment.FirstOrDefault(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
