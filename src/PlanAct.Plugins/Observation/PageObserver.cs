using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace PlanAct.Plugins.Observation;

/// <summary>
/// Captures a page (all frames, open shadow roots) and renders it in one of the observation formats.
/// Rendering is a pure function of the captured tree; this type is the I/O edge.
/// </summary>
public sealed class PageObserver
{
    private readonly ILogger _logger;

    /// <summary>Creates an observer.</summary>
    /// <param name="logger">Optional logger.</param>
    public PageObserver(ILogger<PageObserver>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Captures <paramref name="page"/> and renders it as <paramref name="options"/> asks.</summary>
    /// <param name="page">The page to observe.</param>
    /// <param name="options">Format, viewport-only mode and token budget.</param>
    /// <param name="cancellationToken">Cancels the capture.</param>
    /// <returns>The rendered content and the id map.</returns>
    public Task<PageSnapshot> CaptureAsync(IPage page, ObservationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(options);
        _logger.LogTrace("Capturing {Url} as {Format}", page.Url, options.Format);
        throw new NotImplementedException("PageObserver.CaptureAsync is being implemented (issue 2).");
    }
}
