using Microsoft.Extensions.Options;

namespace PlanAct.Plugins.Browser;

/// <summary>Validates <see cref="BrowserOptions"/>; every failure names the setting, its value and what is valid.</summary>
public sealed class BrowserOptionsValidator : IValidateOptions<BrowserOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BrowserOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Checks options without throwing.</summary>
    /// <param name="options">The options.</param>
    /// <returns>Every problem found; empty when valid.</returns>
    public static IReadOnlyList<string> Check(BrowserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = BrowserOptions.SectionName;
        var errors = new List<string>();
        void Range(string field, int value, int min, int max, string example)
        {
            if (value < min || value > max)
            {
                errors.Add($"{S}:{field} is {value}; use a value from {min} to {max} (e.g. {example}).");
            }
        }

        Range(nameof(options.ViewportWidth), options.ViewportWidth, 200, 10000, "1280");
        Range(nameof(options.ViewportHeight), options.ViewportHeight, 200, 10000, "720");
        Range(nameof(options.ActionTimeoutMs), options.ActionTimeoutMs, 1, 600_000, "5000");
        Range(nameof(options.NavigationTimeoutMs), options.NavigationTimeoutMs, 1, 600_000, "30000");
        Range(nameof(options.SettleTimeoutMs), options.SettleTimeoutMs, 0, 600_000, "3000");
        Range(nameof(options.SettleQuietMs), options.SettleQuietMs, 0, 10_000, "40");
        Range(nameof(options.SettleGraceMs), options.SettleGraceMs, 0, 10_000, "20");
        if (!string.IsNullOrWhiteSpace(options.ExecutablePath) && !File.Exists(options.ExecutablePath))
        {
            errors.Add($"{S}:ExecutablePath is '{options.ExecutablePath}', which does not exist; give the path of a Chromium/Chrome executable (e.g. /usr/bin/chromium) or leave it empty to search automatically.");
        }

        if (!string.IsNullOrWhiteSpace(options.StorageStatePath) && !File.Exists(options.StorageStatePath))
        {
            errors.Add($"{S}:StorageStatePath is '{options.StorageStatePath}', which does not exist; give a Playwright storage-state JSON file or leave it empty.");
        }

        if (!string.IsNullOrWhiteSpace(options.DownloadsPath) && options.DownloadsPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            errors.Add($"{S}:DownloadsPath '{options.DownloadsPath}' is not a valid folder path.");
        }

        for (var i = 0; i < options.AllowedOrigins.Count; i++)
        {
            if (UrlPolicy.NormalizeOrigin(options.AllowedOrigins[i]) is null)
            {
                errors.Add($"{S}:AllowedOrigins:{i} is '{options.AllowedOrigins[i]}'; use an absolute http(s) origin such as http://127.0.0.1:7770.");
            }
        }

        return errors;
    }
}
