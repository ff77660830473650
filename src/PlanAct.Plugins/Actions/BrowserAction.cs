namespace PlanAct.Plugins.Actions;

/// <summary>
/// One browser action, independent of how it was expressed (kernel function call or a text grammar).
/// Only the members relevant to <see cref="Kind"/> are set.
/// </summary>
/// <param name="Kind">What to do.</param>
public sealed record BrowserAction(BrowserActionKind Kind)
{
    /// <summary>Element id as shown in the observation (e.g. <c>12</c>, <c>e12</c>, <c>f1e2</c>).</summary>
    public string? ElementId { get; init; }

    /// <summary>Text to type (<see cref="BrowserActionKind.Type"/>), option to choose (<see cref="BrowserActionKind.SelectOption"/>), key combination (<see cref="BrowserActionKind.Press"/>), URL (<see cref="BrowserActionKind.Goto"/>), direction (<see cref="BrowserActionKind.Scroll"/>: <c>up</c>/<c>down</c>) or answer (<see cref="BrowserActionKind.Stop"/>).</summary>
    public string? Argument { get; init; }

    /// <summary>For <see cref="BrowserActionKind.Type"/>: press Enter after typing.</summary>
    public bool PressEnter { get; init; }

    /// <summary>For <see cref="BrowserActionKind.TabFocus"/>: the tab index.</summary>
    public int? TabIndex { get; init; }

    /// <summary>The raw text the action was parsed from, when it came from a text grammar.</summary>
    public string? Raw { get; init; }
}
