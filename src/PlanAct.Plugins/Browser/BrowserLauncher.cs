using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanAct.Plugins.Browser;

/// <summary>Launches browsers with the configured <see cref="BrowserOptions"/> (registered by <c>AddPlanActBrowser</c>).</summary>
public sealed class BrowserLauncher
{
    private readonly IOptions<BrowserOptions> _options;
    private readonly ILoggerFactory? _loggerFactory;

    /// <summary>Creates a launcher.</summary>
    /// <param name="options">The validated browser options.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    public BrowserLauncher(IOptions<BrowserOptions> options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _loggerFactory = loggerFactory;
    }

    /// <summary>The configured options.</summary>
    public BrowserOptions Options => _options.Value;

    /// <summary>Launches a browser that several sessions can share.</summary>
    /// <param name="cancellationToken">Cancels the launch.</param>
    /// <returns>The host.</returns>
    public Task<BrowserHost> LaunchHostAsync(CancellationToken cancellationToken = default)
        => BrowserHost.LaunchAsync(_options.Value, _loggerFactory, cancellationToken);

    /// <summary>Launches a browser with one session that owns it.</summary>
    /// <param name="sessionOptions">Per-session settings.</param>
    /// <param name="cancellationToken">Cancels the launch.</param>
    /// <returns>The session; disposing it closes the browser.</returns>
    public Task<BrowserSession> LaunchSessionAsync(BrowserSessionOptions? sessionOptions = null, CancellationToken cancellationToken = default)
        => BrowserSession.LaunchAsync(_options.Value, sessionOptions ?? new BrowserSessionOptions(), _loggerFactory, cancellationToken);
}
