using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Tests.Browser;

/// <summary>
/// Minimal stand-in for PageObserver while the real one is being written: Playwright's AI aria snapshot,
/// with every <c>[ref=…]</c> mapped to an <c>aria-ref=</c> locator.
/// </summary>
internal static partial class TestAriaCapture
{
    public static async Task<PageSnapshot> CaptureAsync(IPage page, ObservationOptions options, CancellationToken cancellationToken)
    {
        var yaml = await page.AriaSnapshotAsync(new() { Mode = AriaSnapshotMode.Ai });
        var elements = new Dictionary<string, ElementHandleInfo>();
        foreach (Match m in Line().Matches(yaml))
        {
            var id = m.Groups["ref"].Value;
            elements[id] = new ElementHandleInfo(id, m.Groups["role"].Value, m.Groups["name"].Value, page.Locator("aria-ref=" + id));
        }

        return new PageSnapshot(ObservationFormat.Aria, yaml, elements);
    }

    [GeneratedRegex("""^\s*- (?<role>[a-z]+)(?: "(?<name>(?:[^"\\]|\\.)*)")?[^\n]*?\[ref=(?<ref>(?:f\d+)?e\d+)\]""", RegexOptions.Multiline)]
    private static partial Regex Line();
}
