using Microsoft.Playwright;

namespace PlanAct.Plugins.Tests.Observation;

/// <summary>Launches the system Chromium directly (BrowserSession is built elsewhere).</summary>
internal static class ChromiumLauncher
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-gpu", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }
}
