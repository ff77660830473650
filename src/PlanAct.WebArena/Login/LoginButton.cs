using Microsoft.Playwright;

namespace PlanAct.WebArena.Login;

/// <summary>
/// The submit button of a login form, found by the CSS <paramref name="Selector"/> the real form uses or, when the markup
/// has changed, by its accessible <paramref name="Name"/> (case-insensitive).
/// </summary>
/// <param name="Selector">CSS selector.</param>
/// <param name="Name">The button's text, the fallback.</param>
public sealed record LoginButton(string Selector, string Name)
{
    /// <summary>Locates the button on <paramref name="page"/>: the first element matching the selector or a button with the name.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The locator.</returns>
    public ILocator Locate(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator(Selector).Or(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameRegex = LabelPattern.Of(Name) })).First;
    }
}
