using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace PlanAct.Agents.Configuration;

/// <summary>Binds and validates <see cref="PlanActOptions"/> from configuration.</summary>
public static class PlanActOptionsLoader
{
    private static readonly string[] EndpointPaths = ["Planner", "Executor", "PlannerFallback:Model"];

    /// <summary>Binds the <c>PlanAct</c> section and validates it.</summary>
    /// <exception cref="PlanActConfigurationException">A setting is missing or invalid; the message names each one and how to set it.</exception>
    public static PlanActOptions Load(IConfiguration configuration)
    {
        var options = new PlanActOptions();
        Bind(configuration, options);
        var problems = PlanActOptionsValidator.Problems(options);
        return problems.Count == 0 ? options : throw new PlanActConfigurationException(problems);
    }

    /// <summary>Binds the <c>PlanAct</c> section onto <paramref name="options"/> without validating the values.</summary>
    /// <exception cref="PlanActConfigurationException">A value cannot be converted (e.g. an unknown API mode).</exception>
    public static void Bind(IConfiguration configuration, PlanActOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var section = configuration.GetSection(PlanActOptions.SectionName);
        var problems = new List<string>();
        foreach (var path in EndpointPaths)
        {
            CheckEnum<ModelApiMode>(section, path + ":ApiMode", problems);
            CheckEnum<ModelProviderKind>(section, path + ":Provider", problems);
        }

        if (problems.Count > 0)
        {
            throw new PlanActConfigurationException(problems);
        }

        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new PlanActConfigurationException(e.Message + " Check the value's format (numbers use '.', times are hh:mm:ss).", e);
        }

        foreach (var path in EndpointPaths)
        {
            var endpoint = path switch
            {
                "Planner" => options.Planner,
                "Executor" => options.Executor,
                _ => options.PlannerFallback.Model,
            };
            if (endpoint is not null)
            {
                BindExtraBodyTrees(section.GetSection(path + ":ExtraBody"), endpoint);
            }
        }
    }

    /// <summary>Converts a configured extra-body value to the JSON sent on the wire (valid JSON as is, other text as a string).</summary>
    public static JsonNode? ExtraBodyValueToJson(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.Length > 0 && (trimmed[0] is '{' or '[' or '"' or '-' || char.IsDigit(trimmed[0]) || trimmed is "true" or "false" or "null"))
        {
            try
            {
                return JsonNode.Parse(trimmed);
            }
            catch (JsonException)
            {
                // Not JSON: fall through and send the text as a string.
            }
        }

        return JsonValue.Create(value);
    }

    private static void CheckEnum<TEnum>(IConfigurationSection section, string path, List<string> problems)
        where TEnum : struct, Enum
    {
        var raw = section[path];
        if (raw is null || Enum.TryParse<TEnum>(raw, ignoreCase: true, out _) && !int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return;
        }

        var valid = string.Join(" | ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        problems.Add($"PlanAct:{path} has the unknown value '{raw}'. Valid values: {valid}. Set it in appsettings.json, PlanAct__{path.Replace(":", "__", StringComparison.Ordinal)}, or --PlanAct:{path}=<value>.");
    }

    private static void BindExtraBodyTrees(IConfigurationSection extraBody, ModelEndpointOptions endpoint)
    {
        foreach (var child in extraBody.GetChildren())
        {
            if (child.Value is null && child.GetChildren().Any())
            {
                endpoint.ExtraBody[child.Key] = ToJson(child)!.ToJsonString();
            }
        }
    }

    private static JsonNode? ToJson(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            return section.Value is null ? null : ExtraBodyValueToJson(section.Value);
        }

        var indices = children.Select(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).ToList();
        if (indices.All(i => i >= 0) && indices.Order().SequenceEqual(Enumerable.Range(0, children.Count)))
        {
            var array = new JsonArray();
            foreach (var c in children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)))
            {
                array.Add(ToJson(c));
            }

            return array;
        }

        var obj = new JsonObject();
        foreach (var c in children)
        {
            obj[c.Key] = ToJson(c);
        }

        return obj;
    }
}
