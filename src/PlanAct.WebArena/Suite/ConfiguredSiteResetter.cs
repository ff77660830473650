using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PlanAct.WebArena.Suite;

/// <summary>
/// Resets sites by running a shell command (with <c>{sites}</c> replaced by the comma-separated keys) and/or by
/// requesting a reset URL (BrowserGym's <c>WA_FULL_RESET</c> style). Does nothing when neither is configured.
/// </summary>
public sealed partial class ConfiguredSiteResetter : ISiteResetter
{
    private readonly string? _command;
    private readonly Uri? _url;
    private readonly HttpClient _http;
    private readonly ILogger _logger;

    /// <summary>Creates the resetter.</summary>
    /// <param name="command">A shell command, or <see langword="null"/>.</param>
    /// <param name="url">A reset URL to GET, or <see langword="null"/>.</param>
    /// <param name="http">HTTP client for the URL.</param>
    /// <param name="logger">Logger.</param>
    public ConfiguredSiteResetter(string? command, Uri? url, HttpClient http, ILogger<ConfiguredSiteResetter> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(logger);
        _command = string.IsNullOrWhiteSpace(command) ? null : command;
        _url = url;
        _http = http;
        _logger = logger;
    }

    /// <summary>Whether a command or URL is configured.</summary>
    public bool IsConfigured => _command is not null || _url is not null;

    /// <inheritdoc />
    public async Task ResetAsync(IReadOnlyList<string> sites, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var joined = string.Join(",", sites);
        if (_command is not null)
        {
            LogResetCommand(_logger, joined);
            var info = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, RedirectStandardOutput = true };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(_command.Replace("{sites}", joined, StringComparison.Ordinal));
            using var process = Process.Start(info) ?? throw new InvalidOperationException("The reset command could not be started.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The reset command exited with {process.ExitCode}: {(await stderr).Trim()}");
            }
        }

        if (_url is not null)
        {
            LogResetUrl(_logger, _url, joined);
            using var response = await _http.GetAsync(_url, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resetting sites {Sites} with the reset command")]
    private static partial void LogResetCommand(ILogger logger, string sites);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resetting sites {Sites} via {Url}")]
    private static partial void LogResetUrl(ILogger logger, Uri url, string sites);
}
