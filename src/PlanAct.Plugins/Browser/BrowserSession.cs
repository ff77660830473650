using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;
using PlanAct.Plugins.Observation.Tokens;

namespace PlanAct.Plugins.Browser;

/// <summary>
/// One agent's browser: a Playwright browser context with its tabs, dialogs, downloads and URL policy.
/// Observe with <see cref="ObserveAsync"/>; act with <see cref="ExecuteAsync"/> using ids from the latest observation.
/// Calls are serialized: one action or observation at a time.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly BrowserHost _host;
    private readonly bool _ownsHost;
    private readonly BrowserOptions _options;
    private readonly UrlPolicy _policy;
    private readonly IUrlRewriter? _rewriter;
    private readonly bool _acceptDialogs;
    private readonly Func<IPage, ObservationOptions, CancellationToken, Task<PageSnapshot>> _capture;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _tabsLock = new();
    private readonly List<IPage> _pages = [];
    private readonly Dictionary<IPage, PageSnapshot> _snapshots = [];
    private readonly List<Task> _pendingDownloads = [];
    private readonly HashSet<IPage> _blockedPages = [];
    private readonly SessionEvents _events = new();
    private readonly NetworkTracker _network = new();
    private IBrowserContext? _context;
    private IPage? _active;
    private PageObservation? _lastObservation;
    private int _downloadCounter;
    private int _disposed;

    private BrowserSession(BrowserHost host, bool ownsHost, BrowserSessionOptions sessionOptions, ILoggerFactory loggerFactory)
    {
        _host = host;
        _ownsHost = ownsHost;
        _options = host.Options;
        _policy = new UrlPolicy(sessionOptions.AllowedOrigins ?? (IEnumerable<string>)_options.AllowedOrigins);
        _rewriter = sessionOptions.UrlRewriter;
        _acceptDialogs = sessionOptions.AcceptDialogs ?? _options.AcceptDialogs;
        var observer = sessionOptions.Observer ?? new PageObserver(loggerFactory.CreateLogger<PageObserver>());
        _capture = sessionOptions.Capture ?? observer.CaptureAsync;
        _logger = loggerFactory.CreateLogger<BrowserSession>();
        DownloadsPath = sessionOptions.DownloadsPath ?? _options.DownloadsPath
            ?? Path.Combine(Path.GetTempPath(), "planact-downloads", Guid.NewGuid().ToString("N"));
    }

    /// <summary>Launches a browser (found as <see cref="BrowserOptions"/> describes) and opens a session on it that owns the browser.</summary>
    /// <param name="options">Browser and session options.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    /// <param name="cancellationToken">Cancels the launch.</param>
    /// <returns>The session; dispose it to close the browser.</returns>
    public static Task<BrowserSession> LaunchAsync(BrowserOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
        => LaunchAsync(options, new BrowserSessionOptions(), loggerFactory, cancellationToken);

    /// <summary>Launches a browser and opens a session on it that owns the browser, with per-session settings.</summary>
    /// <param name="options">Browser options.</param>
    /// <param name="sessionOptions">Per-session settings (URL rewriter, allowed origins, storage state).</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    /// <param name="cancellationToken">Cancels the launch.</param>
    /// <returns>The session; dispose it to close the browser.</returns>
    public static async Task<BrowserSession> LaunchAsync(BrowserOptions options, BrowserSessionOptions sessionOptions, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sessionOptions);
        var host = await BrowserHost.LaunchAsync(options, loggerFactory, cancellationToken).ConfigureAwait(false);
        try
        {
            return await host.NewOwningSessionAsync(sessionOptions, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    internal static async Task<BrowserSession> CreateAsync(BrowserHost host, bool ownsHost, BrowserSessionOptions sessionOptions, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var session = new BrowserSession(host, ownsHost, sessionOptions, loggerFactory);
        var options = host.Options;
        var contextOptions = new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = options.ViewportWidth, Height = options.ViewportHeight },
            AcceptDownloads = true,
            StorageStatePath = string.IsNullOrWhiteSpace(sessionOptions.StorageStatePath ?? options.StorageStatePath)
                ? null
                : sessionOptions.StorageStatePath ?? options.StorageStatePath,
        };
        var context = await host.Browser.NewContextAsync(contextOptions).WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            session._context = context;
            context.SetDefaultTimeout(options.ActionTimeoutMs);
            context.SetDefaultNavigationTimeout(options.NavigationTimeoutMs);
            context.Page += (_, page) => session.OnPageOpened(page);
            session._network.Attach(context);
            await context.AddInitScriptAsync(DomActivityScript.InitSource).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!session._policy.AllowsAnyOrigin)
            {
                await context.RouteAsync(url => session._policy.Check(url) is not null, session.OnDisallowedRequestAsync)
                    .WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var first = await context.NewPageAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            session.OnPageOpened(first);
            session._events.DrainForObservation();
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The Playwright browser context of this session (for cookies, storage state, evaluators).</summary>
    public IBrowserContext Context => _context ?? throw new ObjectDisposedException(nameof(BrowserSession));

    /// <summary>The active tab.</summary>
    public IPage ActivePage
    {
        get
        {
            lock (_tabsLock)
            {
                return _active ?? throw new InvalidOperationException("The session has no open tab.");
            }
        }
    }

    /// <summary>The open tabs in index order.</summary>
    public IReadOnlyList<IPage> Pages
    {
        get
        {
            lock (_tabsLock)
            {
                return [.. _pages];
            }
        }
    }

    /// <summary>The active tab's URL as shown to the model.</summary>
    public string CurrentUrl => ToDisplay(ActivePage.Url);

    /// <summary>The most recent observation taken in this session, if any.</summary>
    public PageObservation? LastObservation => _lastObservation;

    /// <summary>The folder downloads are saved to.</summary>
    public string DownloadsPath { get; }

    /// <summary>The URL policy of this session.</summary>
    public UrlPolicy UrlPolicy => _policy;

    /// <summary>Maps a real URL to the URL shown to the model (identity without a rewriter).</summary>
    /// <param name="realUrl">A URL the browser is on.</param>
    /// <returns>The URL to show.</returns>
    public string ToDisplay(string realUrl) => _rewriter?.ToDisplay(realUrl) ?? realUrl;

    /// <summary>Maps a URL the model wrote to the URL to visit (identity without a rewriter).</summary>
    /// <param name="displayUrl">A URL the model wrote.</param>
    /// <returns>The URL to visit.</returns>
    public string ToReal(string displayUrl) => _rewriter?.ToReal(displayUrl) ?? displayUrl;

    /// <summary>Observes the active tab: tab header, page content in the requested format, pending events.</summary>
    /// <param name="options">Format, viewport-only mode and token budget.</param>
    /// <param name="cancellationToken">Cancels the observation.</param>
    /// <returns>The observation; its ids are valid until the next observation.</returns>
    public async Task<PageObservation> ObserveAsync(ObservationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var page = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = await _capture(page, options, cancellationToken).ConfigureAwait(false);
            lock (_tabsLock)
            {
                _snapshots[page] = snapshot;
            }

            // The DOM capture read the active tab's title already; only other tabs need a round trip.
            var tabs = await ListTabsAsync(cancellationToken, page, snapshot.Tree?.Title).ConfigureAwait(false);
            var events = _events.DrainForObservation();
            var text = ObservationText.Compose(tabs, snapshot.Content, events);
            var active = tabs.FirstOrDefault(t => t.IsActive);
            var observation = new PageObservation(snapshot.Format, text, active?.Url ?? ToDisplay(page.Url), active?.Title ?? "")
            {
                Tabs = tabs,
                Events = events,
                TokenCount = ObservationTokenizer.Count(text),
                Truncated = snapshot.Truncated,
                ElementCount = snapshot.ElementCount,
            };
            _lastObservation = observation;
            return observation;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>The snapshot behind the latest observation of the active tab, if it has been observed.</summary>
    /// <returns>The snapshot or null.</returns>
    public PageSnapshot? LatestSnapshot()
    {
        lock (_tabsLock)
        {
            return _active is not null && _snapshots.TryGetValue(_active, out var snapshot) ? snapshot : null;
        }
    }

    /// <summary>Executes one action and waits for the page to settle. Never throws for action failures: they come back as an unsuccessful outcome.</summary>
    /// <param name="action">The action.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>A short outcome text the model can act on.</returns>
    public async Task<ActionOutcome> ExecuteAsync(BrowserAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunActionAsync(action, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Opens <paramref name="url"/> in the active tab (subject to the URL policy) and waits for it to settle.</summary>
    /// <param name="url">The URL (as shown to the model; mapped with the session's <see cref="IUrlRewriter"/>).</param>
    /// <param name="cancellationToken">Cancels the navigation.</param>
    /// <returns>The outcome.</returns>
    public Task<ActionOutcome> OpenAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        return ExecuteAsync(new BrowserAction(BrowserActionKind.Goto) { Argument = url }, cancellationToken);
    }

    /// <summary>Takes a PNG screenshot of the active tab's viewport.</summary>
    /// <param name="cancellationToken">Cancels the screenshot.</param>
    /// <returns>PNG bytes.</returns>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken = default)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var page = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
            return await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png, Timeout = _options.NavigationTimeoutMs })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            if (_context is not null)
            {
                await _context.CloseAsync().ConfigureAwait(false);
            }
        }
        catch (PlaywrightException ex)
        {
            _logger.LogDebug(ex, "Closing the browser context failed");
        }
        finally
        {
            if (_ownsHost)
            {
                await _host.DisposeAsync().ConfigureAwait(false);
            }

            _turn.Dispose();
        }
    }

    private async Task<IReadOnlyList<BrowserTab>> ListTabsAsync(CancellationToken cancellationToken, IPage? knownPage = null, string? knownTitle = null)
    {
        IPage[] pages;
        IPage? active;
        lock (_tabsLock)
        {
            pages = [.. _pages];
            active = _active;
        }

        var tabs = new List<BrowserTab>(pages.Length);
        for (var i = 0; i < pages.Length; i++)
        {
            var title = knownTitle is not null && ReferenceEquals(pages[i], knownPage)
                ? knownTitle
                : await TitleOfAsync(pages[i], cancellationToken).ConfigureAwait(false);
            tabs.Add(new BrowserTab(i, title, ToDisplay(pages[i].Url), ReferenceEquals(pages[i], active)));
        }

        return tabs;
    }

    private static async Task<string> TitleOfAsync(IPage page, CancellationToken cancellationToken)
    {
        try
        {
            return await page.TitleAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return "";
        }
    }

    private async Task<IPage> EnsureActivePageAsync(CancellationToken cancellationToken)
    {
        lock (_tabsLock)
        {
            if (_active is not null && !_active.IsClosed)
            {
                return _active;
            }
        }

        var page = await Context.NewPageAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        OnPageOpened(page);
        return page;
    }

    private int IndexOf(IPage page)
    {
        lock (_tabsLock)
        {
            return _pages.IndexOf(page);
        }
    }

    private void OnPageOpened(IPage page)
    {
        int index;
        lock (_tabsLock)
        {
            if (_pages.Contains(page))
            {
                return;
            }

            _pages.Add(page);
            _active = page;
            index = _pages.Count - 1;
        }

        page.Dialog += (_, dialog) => _ = AnswerDialogAsync(dialog);
        page.Download += (_, download) => TrackDownload(download);
        page.Close += (_, closed) => OnPageClosed(closed);
        if (index > 0)
        {
            _events.Add(string.Create(CultureInfo.InvariantCulture, $"tab {index} opened and is now current"));
        }

        _logger.LogDebug("Tab {Index} opened: {Url}", index, page.Url);
    }

    private void OnPageClosed(IPage page)
    {
        lock (_tabsLock)
        {
            var index = _pages.IndexOf(page);
            if (index < 0)
            {
                return;
            }

            _pages.RemoveAt(index);
            _snapshots.Remove(page);
            if (ReferenceEquals(_active, page))
            {
                _active = _pages.Count > 0 ? _pages[^1] : null;
            }
        }
    }

    private async Task AnswerDialogAsync(IDialog dialog)
    {
        var accept = _acceptDialogs;
        var message = Shorten(dialog.Message, 200);
        _events.Add($"{dialog.Type} dialog '{message}' was {(accept ? "accepted" : "dismissed")}");
        try
        {
            if (accept)
            {
                await dialog.AcceptAsync(dialog.Type == DialogType.Prompt ? dialog.DefaultValue : null).ConfigureAwait(false);
            }
            else
            {
                await dialog.DismissAsync().ConfigureAwait(false);
            }
        }
        catch (PlaywrightException ex)
        {
            _logger.LogDebug(ex, "Answering a {Type} dialog failed", dialog.Type);
        }
    }

    private void TrackDownload(IDownload download)
    {
        var task = SaveDownloadAsync(download);
        lock (_tabsLock)
        {
            _pendingDownloads.RemoveAll(t => t.IsCompleted);
            _pendingDownloads.Add(task);
        }
    }

    private async Task SaveDownloadAsync(IDownload download)
    {
        var name = SafeFileName(download.SuggestedFilename);
        try
        {
            Directory.CreateDirectory(DownloadsPath);
            var path = Path.Combine(DownloadsPath, name);
            if (File.Exists(path))
            {
                var n = Interlocked.Increment(ref _downloadCounter);
                path = Path.Combine(DownloadsPath, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
            }

            await download.SaveAsAsync(path).ConfigureAwait(false);
            var size = new FileInfo(path).Length;
            _events.Add(string.Create(CultureInfo.InvariantCulture, $"downloaded '{Path.GetFileName(path)}' ({size} bytes) to {path}"));
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or UnauthorizedAccessException)
        {
            _events.Add($"download of '{name}' failed: {FirstLine(ex.Message)}");
        }
    }

    private static string SafeFileName(string suggested)
    {
        var name = Path.GetFileName(suggested ?? "");
        foreach (var c in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(c, '_');
        }

        return string.IsNullOrWhiteSpace(name) || name is "." or ".." ? "download" : name;
    }

    private async Task OnDisallowedRequestAsync(IRoute route)
    {
        var request = route.Request;
        try
        {
            if (!request.IsNavigationRequest)
            {
                await route.FallbackAsync().ConfigureAwait(false);
                return;
            }

            _events.Add($"blocked navigation to {ToDisplay(request.Url)}: {_policy.Check(request.Url)}");
            if (request.Frame.ParentFrame is null)
            {
                lock (_tabsLock)
                {
                    _blockedPages.Add(request.Frame.Page);
                }
            }

            await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
        }
        catch (PlaywrightException ex)
        {
            _logger.LogDebug(ex, "Handling a blocked request to {Url} failed", request.Url);
        }
    }

    /// <summary>
    /// Waits until the action's navigation (if any) has fired its load event (so iframes have loaded too), no request is in flight and the DOM has been quiet, bounded by
    /// <see cref="BrowserOptions.SettleTimeoutMs"/>. The DOM is watched by a MutationObserver installed in every document
    /// before its scripts run (<see cref="DomActivityScript"/>), so one in-page wait per round decides: it returns after
    /// <see cref="BrowserOptions.SettleGraceMs"/> when the action changed nothing, or once the DOM has been quiet for
    /// <see cref="BrowserOptions.SettleQuietMs"/> after its last change. A round that saw a request start or a tab switch is repeated.
    /// </summary>
    /// <param name="actionStarted">Stopwatch timestamp taken before the action; DOM changes after it count as the action's.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    private async Task SettleAsync(long actionStarted, CancellationToken cancellationToken)
    {
        // The page starts the wait about half a round trip after the session computed how long ago the reference was;
        // moving the reference a little earlier keeps DOM changes made right at the start counted as the action's.
        const int ReferenceSlackMs = 10;
        var clock = Stopwatch.StartNew();
        var budget = TimeSpan.FromMilliseconds(_options.SettleTimeoutMs);
        TimeSpan Remaining() => budget - clock.Elapsed;
        var quiet = _options.SettleQuietMs;
        var grace = Math.Min(_options.SettleGraceMs, quiet);
        var reference = actionStarted;
        var rounds = 0;
        while (Remaining() > TimeSpan.Zero)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rounds++;
            IPage page;
            lock (_tabsLock)
            {
                if (_active is null)
                {
                    return;
                }

                page = _active;
            }

            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = (float)Math.Max(1, Remaining().TotalMilliseconds) })
                    .WaitAsync(cancellationToken).ConfigureAwait(false);
                var started = _network.Started;
                if (_network.InFlight > 0)
                {
                    if (!await _network.WaitForIdleAsync(Remaining(), cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    // DOM changes that matter now are the ones the responses cause.
                    reference = Stopwatch.GetTimestamp();
                    started = _network.Started;
                }

                var argument = new
                {
                    since = (int)Stopwatch.GetElapsedTime(reference).TotalMilliseconds + ReferenceSlackMs,
                    quiet,
                    grace,
                    max = (int)Math.Max(0, Remaining().TotalMilliseconds),
                };
                await page.EvaluateAsync<bool>(DomActivityScript.SettleSource, argument)
                    .WaitAsync(Remaining() + TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
                if (_network.InFlight == 0 && _network.Started == started && ReferenceEquals(page, _active))
                {
                    break;
                }

                reference = Stopwatch.GetTimestamp();
            }
            catch (TimeoutException)
            {
                break;
            }
            catch (PlaywrightException ex)
            {
                // The page navigated or closed while we waited; go round again on the new document.
                _logger.LogTrace(ex, "Settle interrupted");
                reference = Stopwatch.GetTimestamp();
            }
        }

        Task[] downloads;
        lock (_tabsLock)
        {
            downloads = [.. _pendingDownloads.Where(t => !t.IsCompleted)];
        }

        if (downloads.Length > 0 && Remaining() > TimeSpan.Zero)
        {
            try
            {
                await Task.WhenAll(downloads).WaitAsync(Remaining(), cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                _logger.LogDebug("Downloads still running after the settle budget");
            }
        }

        _logger.LogTrace("Settled in {Elapsed} ms after {Rounds} rounds", clock.ElapsedMilliseconds, rounds);
    }

    /// <summary>Returns tabs left on Chromium's error page by a blocked navigation to where they were: back in history, or closed when there is none.</summary>
    /// <returns>Whether any tab was changed.</returns>
    private async Task<bool> RecoverFromBlockedNavigationsAsync(CancellationToken cancellationToken)
    {
        IPage[] blocked;
        lock (_tabsLock)
        {
            blocked = [.. _blockedPages];
            _blockedPages.Clear();
        }

        var changed = false;
        foreach (var page in blocked.Where(p => !p.IsClosed && p.Url.StartsWith("chrome-error:", StringComparison.Ordinal)))
        {
            var response = await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit, Timeout = _options.NavigationTimeoutMs })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            if (response is null && (page.Url.StartsWith("chrome-error:", StringComparison.Ordinal) || page.Url == "about:blank") && Pages.Count > 1)
            {
                await page.CloseAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
                OnPageClosed(page);
            }

            changed = true;
        }

        return changed;
    }

    private static string Shorten(string? text, int max)
    {
        var oneLine = (text ?? "").ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= max ? oneLine : string.Concat(oneLine.AsSpan(0, max - 1), "…");
    }

    private static string FirstLine(string? message)
    {
        var text = (message ?? "").Trim();
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return Shorten(end < 0 ? text : text[..end], 200);
    }
}
