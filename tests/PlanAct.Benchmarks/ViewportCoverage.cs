using Microsoft.Playwright;
using PlanAct.Plugins.Observation;

namespace PlanAct.Benchmarks;

/// <summary>
/// Checks that an observation can address every interactive element the user can see: marks each element the snapshot's
/// ids resolve to, then lists visible interactive elements intersecting the viewport that are neither marked themselves
/// nor contain a marked element (e.g. a link whose inner span got the id).
/// </summary>
internal static class ViewportCoverage
{
    private const string MarkAttribute = "data-bench-addressed";

    private const string FindMissingScript = """
        (mark) => {
          const selector = 'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=combobox],[role=textbox],[contenteditable=""],[contenteditable=true]';
          const vw = window.innerWidth, vh = window.innerHeight;
          const missing = [];
          let total = 0;
          for (const el of document.querySelectorAll(selector)) {
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (r.width <= 0 || r.height <= 0 || style.visibility === 'hidden' || style.display === 'none') continue;
            if (r.bottom <= 0 || r.right <= 0 || r.top >= vh || r.left >= vw) continue;
            total++;
            const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
            const ok = el.hasAttribute(mark) || el.querySelector(`[${mark}]`) || (label && label.hasAttribute(mark)) || (el.closest('label') && el.closest('label').hasAttribute(mark));
            if (!ok) missing.push(el.outerHTML.slice(0, 120));
          }
          document.querySelectorAll(`[${mark}]`).forEach(e => e.removeAttribute(mark));
          return { total, missing };
        }
        """;

    public static async Task<CoverageResult> CheckAsync(IPage page, PageSnapshot snapshot)
    {
        foreach (var id in snapshot.Ids)
        {
            if (!snapshot.TryGetElement(id, out var element))
            {
                continue;
            }

            try
            {
                await element.Locator.EvaluateAsync($"e => e.setAttribute('{MarkAttribute}', '1')", null, new() { Timeout = 1000 });
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // An id whose element is gone or ambiguous counts as not addressing anything.
            }
        }

        var result = await page.EvaluateAsync<CoverageJson>(FindMissingScript, MarkAttribute);
        return new CoverageResult(result.Total, result.Missing.Length, result.Missing.Take(3).ToArray());
    }

    private sealed class CoverageJson
    {
        public int Total { get; set; }

        public string[] Missing { get; set; } = [];
    }
}

/// <summary>How many visible interactive elements in the viewport an observation could address.</summary>
internal sealed record CoverageResult(int InViewport, int Missing, IReadOnlyList<string> Examples)
{
    public override string ToString() => $"{InViewport - Missing}/{InViewport}";
}
