namespace PlanAct.Plugins.Observation;

/// <summary>One open tab as listed in an observation header.</summary>
/// <param name="Index">Zero-based tab index (the argument of <c>tab_focus</c>).</param>
/// <param name="Title">The page title.</param>
/// <param name="Url">The page URL as shown to the model.</param>
/// <param name="IsActive">Whether this is the active tab.</param>
public sealed record BrowserTab(int Index, string Title, string Url, bool IsActive);
