using System.Diagnostics;
using Microsoft.Playwright;
using NUnit.Framework;
using PlanAct.Plugins.Observation;
using PlanAct.Plugins.Observation.Rendering;
using PlanAct.Plugins.Observation.Tokens;
using PlanAct.Testing;
using PlanAct.Testing.Browser;

namespace PlanAct.Plugins.Tests.Observation;

/// <summary>The default executor format against Playwright's own AI snapshot on a large page.</summary>
[TestFixture]
public sealed class HtmlCompactnessTests
{
    private TestBrowser _chromium = null!;
    private LocalSite _site = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _chromium = await TestBrowser.LaunchAsync();
        _site = await LocalSite.StartAsync();
        _site.Add("/big", ObservationPages.Long(600));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _chromium.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task Default_html_observation_is_at_most_a_quarter_of_the_aria_snapshot_on_a_large_page()
    {
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync(_site.Url("/big"));
        var nodes = await page.EvaluateAsync<int>("() => document.querySelectorAll('*').length");
        var observer = new PageObserver();
        var options = new ObservationOptions { Format = ObservationFormat.Html, MaxTokens = 0 };
        await observer.CaptureAsync(page, options);

        var sw = Stopwatch.StartNew();
        var aria = await page.AriaSnapshotAsync(new() { Mode = AriaSnapshotMode.Ai });
        var ariaMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var html = await observer.CaptureAsync(page, options);
        var htmlMs = sw.Elapsed.TotalMilliseconds;

        sw.Restart();
        var tree = await observer.CaptureTreeAsync(page);
        var captureMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var full = ObservationComposer.Render(tree, ObservationFormat.Html, viewportOnly: false);
        var renderMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var fullTokens = ObservationTokenizer.Fit(full, 0).TokenCount;
        var countMs = sw.Elapsed.TotalMilliseconds;
        TestContext.Out.WriteLine($"breakdown: capture {captureMs:F0} ms, full html render {renderMs:F1} ms, counting {fullTokens} tokens {countMs:F0} ms");

        var ariaTokens = ObservationTokenizer.Count(aria);
        TestContext.Out.WriteLine($"{nodes} elements: aria {ariaTokens} tokens in {ariaMs:F0} ms; html {html.TokenCount} tokens, {html.ElementCount} ids in {htmlMs:F0} ms");
        Assert.That(nodes, Is.GreaterThan(3000));
        Assert.That(html.TokenCount, Is.LessThanOrEqualTo(ariaTokens / 4));
        Assert.That(html.Content, Does.Contain("Scroll down"));
        Assert.That(html.ElementCount, Is.GreaterThan(10));
        await page.CloseAsync();
    }
}
