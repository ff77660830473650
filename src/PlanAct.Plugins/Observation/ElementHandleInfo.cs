using Microsoft.Playwright;

namespace PlanAct.Plugins.Observation;

/// <summary>An element shown in an observation: what it is, and a locator that finds exactly it.</summary>
/// <param name="Id">The id shown to the model.</param>
/// <param name="Role">Its role, e.g. <c>button</c>, <c>link</c>, <c>textbox</c>, <c>combobox</c>.</param>
/// <param name="Name">Its accessible name (may be empty).</param>
/// <param name="Locator">A Playwright locator that resolves to exactly this element (in whatever frame or shadow root it lives).</param>
public sealed record ElementHandleInfo(string Id, string Role, string Name, ILocator Locator)
{
    /// <summary>Returns <c>[id] role 'name'</c>, the form used in action outcomes.</summary>
    public override string ToString() => string.IsNullOrEmpty(Name) ? $"[{Id}] {Role}" : $"[{Id}] {Role} '{Name}'";
}
