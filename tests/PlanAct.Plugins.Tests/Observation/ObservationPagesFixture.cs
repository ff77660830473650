using Microsoft.Playwright;
using NUnit.Framework;
using PlanAct.Plugins.Observation;
using PlanAct.Testing;
using PlanAct.Testing.Browser;

namespace PlanAct.Plugins.Tests.Observation;

/// <summary>
/// Shared set-up of the observation tests: one browser per fixture, the observation pages on 127.0.0.1, a second
/// site addressed as <c>localhost</c> for cross-origin frames, and a fresh page per test.
/// </summary>
public abstract class ObservationPagesFixture
{
    protected TestBrowser Chromium { get; private set; } = null!;

    protected LocalSite Site { get; private set; } = null!;

    protected LocalSite CrossSite { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    protected PageObserver Observer { get; } = new();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Chromium = await TestBrowser.LaunchAsync();
        Site = await LocalSite.StartAsync();
        CrossSite = await LocalSite.StartAsync();
        var crossBase = CrossSite.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        Site.Add("/form", ObservationPages.Form)
            .Add("/frames", ObservationPages.Frames.Replace("CROSS", crossBase, StringComparison.Ordinal))
            .Add("/inner", ObservationPages.Inner)
            .Add("/long", ObservationPages.Long(300));
        CrossSite.Add("/inner-cross", ObservationPages.InnerCross);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Chromium.DisposeAsync();
        await Site.DisposeAsync();
        await CrossSite.DisposeAsync();
    }

    [SetUp]
    public async Task NewPageAsync() => Page = await Chromium.NewPageAsync();

    [TearDown]
    public async Task ClosePageAsync() => await Page.CloseAsync();
}
