using Microsoft.Playwright;

namespace PlanAct.WebArena.Login;

/// <summary>
/// A text field of a login form, found by the CSS <paramref name="Selector"/> the real form uses (ids, names, test ids)
/// or, when the markup has changed, by its visible <paramref name="Label"/> (case-insensitive, a trailing colon allowed).
/// </summary>
/// <param name="Selector">CSS selector (a comma list is tried as one selector).</param>
/// <param name="Label">The field's label text, the fallback.</param>
public sealed record LoginField(string Selector, string Label)
{
    /// <summary>Locates the field on <paramref name="page"/>: the first element matching the selector or the label.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The locator.</returns>
    public ILocator Locate(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator(Selector).Or(page.GetByLabel(LabelPattern.Of(Label))).First;
    }
}
