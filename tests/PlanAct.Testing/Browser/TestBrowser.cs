using Microsoft.Playwright;
using PlanAct.Plugins.Browser;

namespace PlanAct.Testing.Browser;

/// <summary>
/// The machine's Chromium for tests that drive Playwright directly, found by <see cref="BrowserLocator"/> and
/// launched with <see cref="BrowserLaunchArguments"/> exactly as the product does. Launch one per fixture
/// ([OneTimeSetUp]) and dispose it in [OneTimeTearDown].
/// </summary>
public sealed class TestBrowser : IAsyncDisposable
{
    private static readonly Lazy<string> Executable = new(() => BrowserLocator.Default.Locate(null));

    private readonly IPlaywright _playwright;

    private TestBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>The executable the product would launch with default options (environment variables, Playwright's browsers, then PATH).</summary>
    public static string ExecutablePath => Executable.Value;

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Headless launch options with the product's flags (<c>--no-sandbox</c> only when running as root).</summary>
    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        var options = new BrowserOptions();
        var runningAsRoot = BrowserLaunchArguments.IsRunningAsRoot();
        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ChromiumSandbox = BrowserLaunchArguments.UseSandbox(options, runningAsRoot),
            Args = BrowserLaunchArguments.Build(options, runningAsRoot),
        };
    }

    /// <summary>Starts Playwright and launches the browser.</summary>
    public static async Task<TestBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(LaunchOptions()).ConfigureAwait(false);
            return new TestBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens a page in a new context with a 1280×720 viewport.</summary>
    public Task<IPage> NewPageAsync() => Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}
