using PlanAct.Plugins.Observation.Rendering;

namespace PlanAct.Plugins.Observation.Aria;

/// <summary>Renders parsed aria snapshot lines, optionally only those inside the viewport. Pure.</summary>
public static class AriaSnapshotRenderer
{
    /// <summary>Renders <paramref name="lines"/>.</summary>
    /// <param name="lines">The parsed snapshot.</param>
    /// <param name="viewportWidth">Viewport width.</param>
    /// <param name="viewportHeight">Viewport height.</param>
    /// <param name="viewportOnly">Keep only lines in view.</param>
    /// <returns>The rendered lines.</returns>
    public static RenderedObservation Render(IReadOnlyList<AriaSnapshotLine> lines, double viewportWidth, double viewportHeight, bool viewportOnly)
    {
        ArgumentNullException.ThrowIfNull(lines);
        throw new NotSupportedException("The aria format is not implemented yet.");
    }
}
