using Microsoft.Playwright;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Browser;

/// <summary>Per-session settings that override or extend the host's <see cref="BrowserOptions"/> (one WebArena task = one session).</summary>
public sealed class BrowserSessionOptions
{
    /// <summary>Maps real URLs to the URLs the model sees and back. Null shows real URLs.</summary>
    public IUrlRewriter? UrlRewriter { get; init; }

    /// <summary>Allowed origins for this session; null uses <see cref="BrowserOptions.AllowedOrigins"/>.</summary>
    public IReadOnlyList<string>? AllowedOrigins { get; init; }

    /// <summary>Storage-state file (cookies, local storage) for this session; null uses <see cref="BrowserOptions.StorageStatePath"/>.</summary>
    public string? StorageStatePath { get; init; }

    /// <summary>Downloads folder for this session; null uses <see cref="BrowserOptions.DownloadsPath"/> or a fresh temp folder.</summary>
    public string? DownloadsPath { get; init; }

    /// <summary>Accept (true) or dismiss (false) JavaScript dialogs; null uses <see cref="BrowserOptions.AcceptDialogs"/>.</summary>
    public bool? AcceptDialogs { get; init; }

    /// <summary>The observer that captures pages; null creates a default <see cref="PageObserver"/>.</summary>
    public PageObserver? Observer { get; init; }

    /// <summary>Test seam: replaces <see cref="PageObserver.CaptureAsync"/>.</summary>
    internal Func<IPage, ObservationOptions, CancellationToken, Task<PageSnapshot>>? Capture { get; init; }
}
