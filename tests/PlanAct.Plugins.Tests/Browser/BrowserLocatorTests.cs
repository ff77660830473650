using NUnit.Framework;
using PlanAct.Plugins.Browser;

namespace PlanAct.Plugins.Tests.Browser;

public sealed class BrowserLocatorTests
{
    private static BrowserLocator Locator(Dictionary<string, string> env, HashSet<string> files, Dictionary<string, string[]>? dirs = null)
        => new(name => env.GetValueOrDefault(name), files.Contains, dir => dirs?.GetValueOrDefault(dir) ?? []);

    [Test]
    public void Configured_path_wins()
    {
        var locator = Locator(new() { ["PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"] = "/env/chrome", ["PATH"] = "/usr/bin" },
            ["/opt/my/chrome", "/env/chrome", "/usr/bin/chromium"]);

        Assert.That(locator.Locate("/opt/my/chrome"), Is.EqualTo("/opt/my/chrome"));
        Assert.That(locator.Locate(null), Is.EqualTo("/env/chrome"));
    }

    [Test]
    public void Playwright_browsers_come_before_path_and_newest_first()
    {
        var root = "/home/u/.cache/ms-playwright";
        var locator = Locator(new() { ["HOME"] = "/home/u", ["PATH"] = "/usr/bin" },
            [$"{root}/chromium-1100/chrome-linux/chrome", $"{root}/chromium-1200/chrome-linux64/chrome", "/usr/bin/chromium"],
            new()
            {
                [root] = [$"{root}/chromium-1100", $"{root}/chromium-1200", $"{root}/firefox-1"],
                [$"{root}/chromium-1100"] = [$"{root}/chromium-1100/chrome-linux"],
                [$"{root}/chromium-1200"] = [$"{root}/chromium-1200/chrome-linux64"],
            });

        Assert.That(locator.Locate(null), Is.EqualTo($"{root}/chromium-1200/chrome-linux64/chrome"));
    }

    [Test]
    public void System_browsers_are_found_on_path_in_order()
    {
        var locator = Locator(new() { ["PATH"] = "/usr/local/bin:/usr/bin" }, ["/usr/bin/google-chrome", "/usr/bin/chromium-browser"]);

        Assert.That(locator.Locate(null), Is.EqualTo("/usr/bin/chromium-browser"));
    }

    [Test]
    public void Not_found_message_lists_every_place_and_how_to_install()
    {
        var locator = Locator(new() { ["PATH"] = "/usr/bin", ["PLAYWRIGHT_BROWSERS_PATH"] = "/pw", ["PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"] = "/nope/chrome" }, []);

        var ex = Assert.Throws<BrowserNotFoundException>(() => locator.Locate("/configured/chrome"))!;

        Assert.That(ex.Message, Does.Contain("PlanAct:Browser:ExecutablePath = /configured/chrome"));
        Assert.That(ex.Message, Does.Contain("$PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH = /nope/chrome"));
        Assert.That(ex.Message, Does.Contain("/pw/chromium*/chrome-linux*/chrome"));
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            Assert.That(ex.Message, Does.Contain($"{name} on PATH (/usr/bin)"));
        }

        Assert.That(ex.Message, Does.Contain("apt-get install chromium").And.Contain("playwright.ps1 install chromium").And.Contain("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH="));
        Assert.That(ex.Searched, Has.Count.EqualTo(7));
    }
}
