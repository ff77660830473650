using Microsoft.Playwright;

namespace PlanAct.WebArena.Tests.Support;

/// <summary>Launches the system Chromium once per fixture.</summary>
internal static class BrowserFixture
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var executable = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-gpu", "--disable-quic"],
        });
        return (playwright, browser);
    }
}
