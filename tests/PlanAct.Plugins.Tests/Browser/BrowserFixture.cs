using NUnit.Framework;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Observation;
using PlanAct.Testing;

namespace PlanAct.Plugins.Tests.Browser;

/// <summary>One browser and two local sites per fixture; a fresh session (browser context) per test.</summary>
public abstract class BrowserFixture
{
    protected BrowserHost Host { get; private set; } = null!;

    protected LocalSite Site { get; private set; } = null!;

    /// <summary>A second site; addressed as <c>localhost</c> it is a different origin from <see cref="Site"/>.</summary>
    protected LocalSite OtherSite { get; private set; } = null!;

    protected string DownloadsRoot { get; } = Path.Combine(Path.GetTempPath(), "planact-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The observation options the tests use (WebArena accessibility tree, no token limit); set by the derived fixture.</summary>
    protected static ObservationOptions FullPage { get; } = new() { Format = ObservationFormat.AccessibilityTree, MaxTokens = 0 };

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        Site = await LocalSite.StartAsync();
        OtherSite = await LocalSite.StartAsync();
        TestPages.AddTo(Site, OtherSite);
        var options = new BrowserOptions { ActionTimeoutMs = 1000, NavigationTimeoutMs = 10000, SettleTimeoutMs = 2000, DownloadsPath = DownloadsRoot };
        Host = await BrowserHost.LaunchAsync(options);
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Site.DisposeAsync();
        await OtherSite.DisposeAsync();
        if (Directory.Exists(DownloadsRoot))
        {
            Directory.Delete(DownloadsRoot, recursive: true);
        }
    }

    /// <summary>The other site's URL with host <c>localhost</c> (a different origin from 127.0.0.1).</summary>
    protected string OtherOriginUrl(string path) => OtherSite.Url(path).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    protected Task<BrowserSession> NewSessionAsync(IReadOnlyList<string>? allowedOrigins = null, IUrlRewriter? rewriter = null, bool? acceptDialogs = null)
        => Host.NewSessionAsync(new BrowserSessionOptions
        {
            AllowedOrigins = allowedOrigins,
            UrlRewriter = rewriter,
            AcceptDialogs = acceptDialogs,
            DownloadsPath = Path.Combine(DownloadsRoot, Guid.NewGuid().ToString("N")),
        });

    /// <summary>Finds the id of the element with <paramref name="role"/> and <paramref name="name"/> in the latest snapshot.</summary>
    protected static string IdOf(BrowserSession session, string role, string name)
    {
        var snapshot = session.LatestSnapshot() ?? throw new AssertionException("no observation taken yet");
        foreach (var id in snapshot.Ids)
        {
            if (snapshot.TryGetElement(id, out var element) && element.Role == role && element.Name == name)
            {
                return id;
            }
        }

        throw new AssertionException($"no {role} '{name}' in the observation:\n{snapshot.Content}");
    }
}
