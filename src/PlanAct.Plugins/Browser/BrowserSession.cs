using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Browser;

/// <summary>
/// One agent's browser: a Playwright browser context with its tabs, dialogs, downloads and URL policy.
/// Observe with <see cref="ObserveAsync"/>; act with <see cref="ExecuteAsync"/> using ids from the latest observation.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession()
    {
    }

    /// <summary>Launches a browser (found as <see cref="BrowserOptions"/> describes) and opens a session on it that owns the browser.</summary>
    /// <param name="options">Browser and session options.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    /// <param name="cancellationToken">Cancels the launch.</param>
    /// <returns>The session; dispose it to close the browser.</returns>
    public static Task<BrowserSession> LaunchAsync(BrowserOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = loggerFactory;
        _ = cancellationToken;
        throw new NotImplementedException("BrowserSession is being implemented (issue 2).");
    }

    /// <summary>The Playwright browser context of this session (for cookies, storage state, evaluators).</summary>
    public IBrowserContext Context => throw new NotImplementedException();

    /// <summary>The active tab.</summary>
    public IPage ActivePage => throw new NotImplementedException();

    /// <summary>The active tab's URL as shown to the model.</summary>
    public string CurrentUrl => throw new NotImplementedException();

    /// <summary>The most recent observation taken in this session, if any.</summary>
    public PageObservation? LastObservation => throw new NotImplementedException();

    /// <summary>Observes the active tab: tab header, page content in the requested format, pending events.</summary>
    /// <param name="options">Format, viewport-only mode and token budget.</param>
    /// <param name="cancellationToken">Cancels the observation.</param>
    /// <returns>The observation; its ids are valid until the next observation.</returns>
    public Task<PageObservation> ObserveAsync(ObservationOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>Executes one action and waits for the page to settle. Never throws for action failures: they come back as an unsuccessful outcome.</summary>
    /// <param name="action">The action.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>A short outcome text the model can act on.</returns>
    public Task<ActionOutcome> ExecuteAsync(BrowserAction action, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>Opens <paramref name="url"/> in the active tab (subject to the URL policy) and waits for it to settle.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="cancellationToken">Cancels the navigation.</param>
    /// <returns>The outcome.</returns>
    public Task<ActionOutcome> OpenAsync(string url, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>Takes a PNG screenshot of the active tab's viewport.</summary>
    /// <param name="cancellationToken">Cancels the screenshot.</param>
    /// <returns>PNG bytes.</returns>
    public Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
