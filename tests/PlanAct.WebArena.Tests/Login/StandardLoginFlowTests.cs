using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using NUnit.Framework;
using PlanAct.Testing.Browser;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Tests.Login;

/// <summary>The standard login flows against fakes of the four real sign-in forms, one browser for the fixture.</summary>
[Category("Browser")]
public sealed class StandardLoginFlowTests
{
    private static readonly string[] Sites = [KnownSites.Shopping, KnownSites.ShoppingAdmin, KnownSites.Reddit, KnownSites.GitLab];
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, FakeLoginSite> _fakes = new(StringComparer.Ordinal);
    private TestBrowser _chromium = null!;
    private string _auth = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _chromium = await TestBrowser.LaunchAsync();
        foreach (var key in Sites)
        {
            _fakes[key] = await FakeLoginSite.StartAsync(key);
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _chromium.DisposeAsync();
        foreach (var fake in _fakes.Values)
        {
            await fake.DisposeAsync();
        }
    }

    [SetUp]
    public void NewAuthFolder() => _auth = Directory.CreateTempSubdirectory("planact-login").FullName;

    [TearDown]
    public void DeleteAuthFolder() => Directory.Delete(_auth, recursive: true);

    private SiteLoginService Service(string? site = null, SiteAccount? account = null, string? url = null)
    {
        var urls = _fakes.ToDictionary(f => f.Key, f => f.Value.Url);
        var accounts = new Dictionary<string, SiteAccount>(SiteLoginService.StandardAccounts, StringComparer.OrdinalIgnoreCase);
        if (site is not null && account is not null)
        {
            accounts[site] = account;
        }

        if (site is not null && url is not null)
        {
            urls[site] = url;
        }

        return new SiteLoginService(new SiteUrls(urls), accounts, FormLoginFlow.Standard, _auth, TimeSpan.FromHours(1), Wait, NullLogger<SiteLoginService>.Instance);
    }

    private static WebArenaTask Task(params string[] sites) => new()
    {
        TaskId = 7,
        Sites = sites,
        RequireLogin = true,
        StorageState = null,
        StartUrls = ["http://x"],
        Intent = "x",
        Eval = new TaskEvaluationSpec { EvalTypes = [EvalType.StringMatch] },
    };

    private static List<string> CookieNames(string statePath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(statePath));
        return [.. json.RootElement.GetProperty("cookies").EnumerateArray()
            .Where(c => c.GetProperty("domain").GetString() == "127.0.0.1")
            .Select(c => c.GetProperty("name").GetString()!)];
    }

    private async Task<string> HomePageTextAsync(string statePath, FakeLoginSite fake)
    {
        await using var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { StorageStatePath = statePath });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fake.HomeUrl);
        return await page.InnerTextAsync("body");
    }

    [TestCaseSource(nameof(Sites))]
    public async Task Signs_in_to_the_real_form_and_the_saved_state_holds_the_session(string site)
    {
        var fake = _fakes[site];
        var before = fake.Posts;

        var path = await Service().EnsureStorageStateAsync(_chromium.Browser, Task(site));

        Assert.That(path, Is.EqualTo(Path.Combine(_auth, site + "_state.json")));
        Assert.That(fake.Posts - before, Is.EqualTo(1), "one form post");
        Assert.That(CookieNames(path!), Does.Contain(fake.Cookie));
        Assert.That(await HomePageTextAsync(path!, fake), Does.Contain(fake.LoggedInMarker), "a new context from the state is signed in");
    }

    [TestCaseSource(nameof(Sites))]
    public async Task A_wrong_password_fails_with_the_sites_message_naming_site_and_user_but_not_the_password(string site)
    {
        const string secret = "Wr0ng.Secret.77";
        var user = SiteLoginService.StandardAccounts[site].Username;

        var ex = await Assert.ThrowsAsync<LoginFailedException>(() => Service(site, SiteAccount.Of(user, secret)).EnsureStorageStateAsync(_chromium.Browser, Task(site)));

        Assert.That(ex!.Message, Does.Contain(site).And.Contain($"'{user}'").And.Contain("the site says"));
        Assert.That(ex.Message, Does.Match("incorrect|Invalid credentials|Invalid login or password"));
        Assert.That(ex.Message, Does.Not.Contain(secret));
        Assert.That(File.Exists(Path.Combine(_auth, site + "_state.json")), Is.False);
    }

    [Test]
    public async Task A_multi_site_task_signs_in_to_both_sites_and_starts_with_both_sessions()
    {
        var gitlab = _fakes[KnownSites.GitLab];
        var reddit = _fakes[KnownSites.Reddit];
        var (gitlabPosts, redditPosts) = (gitlab.Posts, reddit.Posts);
        var service = Service();

        var path = await service.EnsureStorageStateAsync(_chromium.Browser, Task(KnownSites.Reddit, KnownSites.GitLab));
        var again = await service.EnsureStorageStateAsync(_chromium.Browser, Task(KnownSites.GitLab, KnownSites.Reddit));

        Assert.That(path, Is.EqualTo(Path.Combine(_auth, "gitlab.reddit_state.json")), "WebArena's name for the pair: sorted keys joined by dots");
        Assert.That(again, Is.EqualTo(path));
        Assert.That((gitlab.Posts - gitlabPosts, reddit.Posts - redditPosts), Is.EqualTo((1, 1)), "each site signed in once, then the state is reused");
        var names = CookieNames(path!);
        Assert.That(names, Does.Contain(gitlab.Cookie).And.Contain(reddit.Cookie));

        await using var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { StorageStatePath = path });
        var page = await context.NewPageAsync();
        await page.GotoAsync(gitlab.HomeUrl);
        Assert.That(await page.InnerTextAsync("body"), Does.Contain(gitlab.LoggedInMarker));
        await page.GotoAsync(reddit.HomeUrl);
        Assert.That(await page.InnerTextAsync("body"), Does.Contain(reddit.LoggedInMarker));
    }

    [Test]
    public async Task Falls_back_to_labels_and_button_text_when_ids_and_names_differ()
    {
        var shop = _fakes[KnownSites.Shopping];
        var before = shop.Posts;

        var path = await Service(KnownSites.Shopping, url: shop.Url + "/variant").EnsureStorageStateAsync(_chromium.Browser, Task(KnownSites.Shopping));

        Assert.That(shop.Posts - before, Is.EqualTo(1));
        Assert.That(await HomePageTextAsync(path!, shop), Does.Contain(shop.LoggedInMarker));
    }
}
