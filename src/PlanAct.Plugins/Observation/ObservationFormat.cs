namespace PlanAct.Plugins.Observation;

/// <summary>How a page is shown to a model.</summary>
public enum ObservationFormat
{
    /// <summary>WebArena's accessibility tree text: <c>[id] role 'name' prop: value</c> lines.</summary>
    AccessibilityTree,

    /// <summary>Playwright's AI-mode aria snapshot (refs <c>e12</c>, <c>f1e2</c>), as playwright-mcp shows it.</summary>
    Aria,

    /// <summary>WebRL-style simplified HTML with ids on visible interactive elements.</summary>
    Html,
}
