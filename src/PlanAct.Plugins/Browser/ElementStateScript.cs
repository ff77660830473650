namespace PlanAct.Plugins.Browser;

/// <summary>
/// One in-page probe of an element before acting on it, replacing separate count, visible, enabled, editable and tag
/// round trips. Each answer is either definitive or <see langword="null"/> ("ask Playwright"): the probe only decides
/// the cases where its rule is the same as Playwright's actionability checks, and leaves the rest to them.
/// </summary>
internal static class ElementStateScript
{
    /// <summary>
    /// Evaluated with <c>Locator.EvaluateAllAsync</c>. Returns <see langword="null"/> when nothing matches, else
    /// <c>[isSelect, visible, enabled, editable]</c> for the first match with <see langword="null"/> for undecided.
    /// </summary>
    public const string Source = """
        els => {
          if (els.length === 0) return null;
          const el = els[0];
          const tag = el.tagName;
          const style = getComputedStyle(el);
          let visible = null;
          if (style.display !== 'contents') {
            const styleVisible = (typeof el.checkVisibility !== 'function' || el.checkVisibility()) && style.visibility === 'visible';
            const rect = el.getBoundingClientRect();
            visible = styleVisible && rect.width > 0 && rect.height > 0;
          }
          const enabled = el.matches(':disabled') ? false : (el.closest('[aria-disabled]') ? null : true);
          let editable = null;
          if (enabled === false) editable = false;
          else if (enabled === true && (tag === 'INPUT' || tag === 'TEXTAREA')) editable = !el.hasAttribute('readonly');
          return [tag === 'SELECT', visible, enabled, editable];
        }
        """;
}
