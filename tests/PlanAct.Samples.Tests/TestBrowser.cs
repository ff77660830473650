using Microsoft.Playwright;

namespace PlanAct.Samples.Tests;

/// <summary>Launch options for the machine's Chromium (Debian's /usr/bin/chromium unless overridden).</summary>
internal static class TestBrowser
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PLANACT_BROWSER_EXECUTABLE") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", "--disable-gpu", "--disable-quic",
        ],
    };
}
