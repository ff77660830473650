namespace PlanAct.Plugins.Observation.Capture;

/// <summary>A captured page: its tree (frames grafted in) and the viewport geometry needed to render it.</summary>
/// <param name="Title">Document title of the main frame.</param>
/// <param name="Url">URL of the main frame.</param>
/// <param name="Root">The tree, rooted at the main frame's body; <see langword="null"/> for an empty document.</param>
public sealed record CapturedPage(string Title, string Url, CapturedNode? Root)
{
    /// <summary>Viewport width in CSS pixels.</summary>
    public double ViewportWidth { get; init; } = 1280;

    /// <summary>Viewport height in CSS pixels.</summary>
    public double ViewportHeight { get; init; } = 720;

    /// <summary>Vertical scroll offset of the main frame.</summary>
    public double ScrollY { get; init; }

    /// <summary>Full scrollable height of the main frame's document.</summary>
    public double ScrollHeight { get; init; }
}
