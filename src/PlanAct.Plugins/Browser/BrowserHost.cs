using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace PlanAct.Plugins.Browser;

/// <summary>
/// One launched browser process. Several <see cref="BrowserSession"/>s can share it, each in its own
/// isolated browser context (cookies, tabs, downloads), so N tasks can run concurrently on one Chromium.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private int _disposed;

    private BrowserHost(IPlaywright playwright, IBrowser browser, BrowserOptions options, string executablePath, ILoggerFactory loggerFactory)
    {
        _playwright = playwright;
        Browser = browser;
        Options = options;
        ExecutablePath = executablePath;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<BrowserHost>();
    }

    /// <summary>The Playwright browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>The options the browser was launched with; sessions inherit them.</summary>
    public BrowserOptions Options { get; }

    /// <summary>The executable that was launched.</summary>
    public string ExecutablePath { get; }

    /// <summary>Whether the browser is still running.</summary>
    public bool IsConnected => Browser.IsConnected;

    /// <summary>Validates <paramref name="options"/>, finds a browser (<see cref="BrowserLocator"/>) and launches it.</summary>
    /// <param name="options">Browser options.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    /// <param name="cancellationToken">Cancels the launch.</param>
    /// <returns>The running host; dispose it to close the browser.</returns>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every problem).</exception>
    /// <exception cref="BrowserNotFoundException">No browser executable was found.</exception>
    public static Task<BrowserHost> LaunchAsync(BrowserOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
        => LaunchAsync(options, BrowserLocator.Default, loggerFactory, cancellationToken);

    /// <summary>Like <see cref="LaunchAsync(BrowserOptions, ILoggerFactory?, CancellationToken)"/> with a given <see cref="BrowserLocator"/>.</summary>
    /// <param name="options">Browser options.</param>
    /// <param name="locator">Finds the executable.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    /// <param name="cancellationToken">Cancels the launch.</param>
    /// <returns>The running host.</returns>
    public static async Task<BrowserHost> LaunchAsync(BrowserOptions options, BrowserLocator locator, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(locator);
        var errors = BrowserOptionsValidator.Check(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid browser options: " + string.Join(" ", errors), nameof(options));
        }

        loggerFactory ??= NullLoggerFactory.Instance;
        var executable = locator.Locate(options.ExecutablePath);
        var runningAsRoot = BrowserLaunchArguments.IsRunningAsRoot();
        var launch = new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = options.Headless,
            ChromiumSandbox = BrowserLaunchArguments.UseSandbox(options, runningAsRoot),
            Args = BrowserLaunchArguments.Build(options, runningAsRoot),
            Timeout = options.NavigationTimeoutMs,
        };

        var playwright = await Playwright.CreateAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(launch).WaitAsync(cancellationToken).ConfigureAwait(false);
            var host = new BrowserHost(playwright, browser, options, executable, loggerFactory);
            host._logger.LogInformation("Launched {Executable} (version {Version}, headless {Headless})", executable, browser.Version, options.Headless);
            return host;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens a new isolated session (browser context with one blank tab) on this browser.</summary>
    /// <param name="sessionOptions">Per-session settings; null uses the host's options.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The session; dispose it to close its context (the browser keeps running).</returns>
    public Task<BrowserSession> NewSessionAsync(BrowserSessionOptions? sessionOptions = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return BrowserSession.CreateAsync(this, ownsHost: false, sessionOptions ?? new BrowserSessionOptions(), _loggerFactory, cancellationToken);
    }

    internal Task<BrowserSession> NewOwningSessionAsync(BrowserSessionOptions sessionOptions, CancellationToken cancellationToken)
        => BrowserSession.CreateAsync(this, ownsHost: true, sessionOptions, _loggerFactory, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await Browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException ex)
        {
            _logger.LogDebug(ex, "Closing the browser failed");
        }
        finally
        {
            _playwright.Dispose();
        }
    }
}
