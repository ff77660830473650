using Microsoft.Extensions.Options;

namespace PlanAct.WebArena;

/// <summary>Validates <see cref="WebArenaOptions"/> at start; every problem names the setting and what would be valid.</summary>
public sealed class WebArenaOptionsValidator : IValidateOptions<WebArenaOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebArenaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        const string p = WebArenaOptions.SectionName + ":";
        foreach (var (site, url) in options.Sites.Concat(options.PublicHostnames))
        {
            if (!string.IsNullOrWhiteSpace(url) && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                errors.Add($"{p}Sites/PublicHostnames:{site} is '{url}'; expected an absolute http(s) URL such as http://10.0.0.5:7770.");
            }
        }

        foreach (var (site, account) in options.Accounts)
        {
            if (string.IsNullOrWhiteSpace(account.Username) || string.IsNullOrEmpty(account.Password))
            {
                errors.Add($"{p}Accounts:{site} needs both Username and Password.");
            }
        }

        if (options.MaxConcurrency < 1)
        {
            errors.Add($"{p}MaxConcurrency is {options.MaxConcurrency}; expected 1 or more.");
        }

        if (options.TaskTimeoutSeconds < 1)
        {
            errors.Add($"{p}TaskTimeoutSeconds is {options.TaskTimeoutSeconds}; expected 1 or more.");
        }

        if (options.TaskCostBudgetUsd is <= 0)
        {
            errors.Add($"{p}TaskCostBudgetUsd is {options.TaskCostBudgetUsd}; expected a positive amount or empty.");
        }

        if (options.EvaluationSettleMs < 0 || options.LoginTimeoutSeconds < 1 || options.StorageStateMaxAgeHours <= 0)
        {
            errors.Add($"{p}EvaluationSettleMs must be >= 0, LoginTimeoutSeconds >= 1 and StorageStateMaxAgeHours > 0.");
        }

        if (options.JudgeClient is not ("Planner" or "Executor" or "Judge"))
        {
            errors.Add($"{p}JudgeClient is '{options.JudgeClient}'; valid: Planner, Executor, Judge.");
        }

        if (!string.IsNullOrWhiteSpace(options.ResetUrl) && !Uri.TryCreate(options.ResetUrl, UriKind.Absolute, out _))
        {
            errors.Add($"{p}ResetUrl '{options.ResetUrl}' is not an absolute URL.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
