namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>The result of rendering a captured page: content lines plus facts about what was left out.</summary>
/// <param name="Lines">Content lines in order.</param>
public sealed record RenderedObservation(IReadOnlyList<RenderedLine> Lines)
{
    /// <summary>Whether only the viewport was rendered.</summary>
    public bool ViewportOnly { get; init; }

    /// <summary>Interactive elements left out because they are above the viewport.</summary>
    public int OmittedAbove { get; init; }

    /// <summary>Interactive elements left out because they are below (or beside) the viewport.</summary>
    public int OmittedBelow { get; init; }

    /// <summary>A note telling the model that content outside the viewport was left out and how to reveal it; <see langword="null"/> when nothing was left out.</summary>
    public string? ViewportNote => !ViewportOnly || OmittedAbove + OmittedBelow == 0
        ? null
        : (OmittedAbove, OmittedBelow) switch
        {
            (0, var below) => $"[Only the visible part of the page is shown; {below} more interactive element(s) below. Scroll down to see them.]",
            (var above, 0) => $"[Only the visible part of the page is shown; {above} more interactive element(s) above. Scroll up to see them.]",
            var (above, below) => $"[Only the visible part of the page is shown; {above} more interactive element(s) above and {below} below. Scroll up or down to see them.]",
        };
}
