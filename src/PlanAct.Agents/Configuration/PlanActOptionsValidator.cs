using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PlanAct.Agents.Configuration;

/// <summary>Validates <see cref="PlanActOptions"/>; each problem names the setting and how to set it.</summary>
public sealed partial class PlanActOptionsValidator : IValidateOptions<PlanActOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PlanActOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem in <paramref name="options"/> (empty when valid).</summary>
    public static IReadOnlyList<string> Problems(PlanActOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        CheckEndpoint(options.Planner, "Planner", "OPENROUTER_API_KEY", problems);
        CheckEndpoint(options.Executor, "Executor", null, problems);
        if (options.PlannerFallback is { Enabled: true, Model: { } fallback })
        {
            CheckEndpoint(fallback, "PlannerFallback:Model", null, problems);
        }

        var retry = options.Retry;
        if (retry.MaxRetries is < 0 or > 20)
        {
            problems.Add(Problem("Retry:MaxRetries", $"is {retry.MaxRetries}; use 0 to 20"));
        }

        if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay)
        {
            problems.Add(Problem("Retry:BaseDelay", $"({retry.BaseDelay}) must be >= 0 and <= PlanAct:Retry:MaxDelay ({retry.MaxDelay})"));
        }

        if (options.DebugBodyLimit < 0)
        {
            problems.Add(Problem("DebugBodyLimit", $"is {options.DebugBodyLimit}; use 0 or more"));
        }

        return problems;
    }

    private static void CheckEndpoint(ModelEndpointOptions e, string path, string? legacyKeyVariable, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(e.Endpoint))
        {
            problems.Add(Problem(path + ":Endpoint", "is missing; set an http(s) URL such as http://localhost:5002/v1"));
        }
        else if (!Uri.TryCreate(e.Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            problems.Add(Problem(path + ":Endpoint", $"'{e.Endpoint}' is not an absolute http(s) URL (example: https://openrouter.ai/api/v1)"));
        }

        if (string.IsNullOrWhiteSpace(e.Model))
        {
            problems.Add(Problem(path + ":Model", "is missing; set the model name the server expects"));
        }

        if (string.IsNullOrWhiteSpace(e.ApiKey))
        {
            var hint = legacyKeyVariable is null
                ? $"set it (any text if the server needs no key)"
                : $"set the {legacyKeyVariable} environment variable";
            problems.Add($"PlanAct:{path}:ApiKey is missing: {hint}, or PlanAct__{path.Replace(":", "__", StringComparison.Ordinal)}__ApiKey, "
                + $"or `dotnet user-secrets --id {PlanActConfiguration.DefaultUserSecretsId} set PlanAct:{path}:ApiKey <key>`, or --PlanAct:{path}:ApiKey=<key>.");
        }

        if (e.Temperature is < 0 or > 2)
        {
            problems.Add(Problem(path + ":Temperature", $"is {e.Temperature}; use 0 to 2"));
        }

        if (e.MaxOutputTokens is <= 0)
        {
            problems.Add(Problem(path + ":MaxOutputTokens", $"is {e.MaxOutputTokens}; use a positive number"));
        }

        if (e.Timeout <= TimeSpan.Zero)
        {
            problems.Add(Problem(path + ":Timeout", $"is {e.Timeout}; use a positive time such as 00:02:00"));
        }

        if (e.TotalTimeout < e.Timeout)
        {
            problems.Add(Problem(path + ":TotalTimeout", $"({e.TotalTimeout}) must be at least PlanAct:{path}:Timeout ({e.Timeout})"));
        }

        foreach (var (name, price) in new[] { ("InputPricePerMillion", e.InputPricePerMillion), ("OutputPricePerMillion", e.OutputPricePerMillion), ("CachedInputPricePerMillion", e.CachedInputPricePerMillion) })
        {
            if (price < 0)
            {
                problems.Add(Problem(path + ":" + name, $"is {price}; prices are USD per million tokens, 0 or more"));
            }
        }

        foreach (var key in e.ExtraBody.Keys.Where(k => !FieldName().IsMatch(k)))
        {
            problems.Add(Problem(path + ":ExtraBody", $"has the field name '{key}'; use letters, digits and '_' only"));
        }
    }

    private static string Problem(string path, string what) =>
        $"PlanAct:{path} {what}. Set it in appsettings.json, PlanAct__{path.Replace(":", "__", StringComparison.Ordinal)}, or --PlanAct:{path}=<value>.";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex FieldName();
}
