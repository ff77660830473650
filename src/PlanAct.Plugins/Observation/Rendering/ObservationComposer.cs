using PlanAct.Plugins.Observation.Aria;
using PlanAct.Plugins.Observation.Capture;
using PlanAct.Plugins.Observation.Tokens;

namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>Renders a captured page in the requested format, falls back to the viewport for large pages, and fits the token budget. Pure.</summary>
public static class ObservationComposer
{
    /// <summary>Renders <paramref name="page"/> as <paramref name="options"/> asks.</summary>
    /// <param name="page">The captured page.</param>
    /// <param name="options">Format, viewport mode, token budget.</param>
    /// <returns>The text and the ids it shows.</returns>
    public static FittedText Compose(CapturedPage page, ObservationOptions options)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(options);
        return Fit(viewportOnly => Render(page, options.Format, viewportOnly), options);
    }

    /// <summary>Renders a parsed Playwright aria snapshot as <paramref name="options"/> asks.</summary>
    /// <param name="lines">The parsed snapshot.</param>
    /// <param name="viewportWidth">Viewport width in CSS pixels.</param>
    /// <param name="viewportHeight">Viewport height in CSS pixels.</param>
    /// <param name="options">Viewport mode and token budget.</param>
    /// <returns>The text and the refs it shows.</returns>
    public static FittedText ComposeAria(IReadOnlyList<AriaSnapshotLine> lines, double viewportWidth, double viewportHeight, ObservationOptions options)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        return Fit(viewportOnly => AriaSnapshotRenderer.Render(lines, viewportWidth, viewportHeight, viewportOnly), options);
    }

    /// <summary>Renders <paramref name="page"/> in a DOM-based format.</summary>
    /// <param name="page">The captured page.</param>
    /// <param name="format"><see cref="ObservationFormat.AccessibilityTree"/> or <see cref="ObservationFormat.Html"/>.</param>
    /// <param name="viewportOnly">Show only the viewport.</param>
    /// <returns>The rendered lines.</returns>
    public static RenderedObservation Render(CapturedPage page, ObservationFormat format, bool viewportOnly) => format switch
    {
        ObservationFormat.AccessibilityTree => AccessibilityTreeRenderer.Render(page, viewportOnly),
        ObservationFormat.Html => SimplifiedHtmlRenderer.Render(page, viewportOnly),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Only AccessibilityTree and Html are rendered from a captured DOM tree; Aria comes from Playwright."),
    };

    /// <summary>An upper bound on the average characters per o200k token in observation text (real averages are 3–5).</summary>
    private const int MaxCharactersPerToken = 12;

    private static long Characters(RenderedObservation rendered)
    {
        long total = 0;
        foreach (var line in rendered.Lines)
        {
            total += line.Text.Length + 1;
        }

        return total;
    }

    private static FittedText Fit(Func<bool, RenderedObservation> render, ObservationOptions options)
    {
        if (options.ViewportOnly)
        {
            return ObservationTokenizer.Fit(render(true), options.MaxTokens);
        }

        var rendered = render(false);
        if (options.ViewportFocusTokens > 0 && Characters(rendered) > (long)options.ViewportFocusTokens * MaxCharactersPerToken)
        {
            // Certainly over the threshold: skip counting the whole page.
            return ObservationTokenizer.Fit(render(true), options.MaxTokens);
        }

        var full = ObservationTokenizer.Fit(rendered, options.MaxTokens);
        if (options.ViewportFocusTokens <= 0 || (full.TokenCount <= options.ViewportFocusTokens && !full.Truncated))
        {
            return full;
        }

        return ObservationTokenizer.Fit(render(true), options.MaxTokens);
    }
}
