using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>Renders a captured page as WebRL-style simplified HTML. Pure.</summary>
public static class SimplifiedHtmlRenderer
{
    /// <summary>Renders <paramref name="page"/>.</summary>
    /// <param name="page">The captured page.</param>
    /// <param name="viewportOnly">Show only the viewport.</param>
    /// <returns>The rendered lines.</returns>
    public static RenderedObservation Render(CapturedPage page, bool viewportOnly)
    {
        ArgumentNullException.ThrowIfNull(page);
        throw new NotSupportedException("The html format is not implemented yet.");
    }
}
