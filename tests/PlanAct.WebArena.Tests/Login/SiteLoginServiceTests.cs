using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using NUnit.Framework;
using PlanAct.Testing;
using PlanAct.Testing.Browser;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;
using PlanAct.WebArena.Tests.Support;

namespace PlanAct.WebArena.Tests.Login;

[Category("Browser")]
public sealed class SiteLoginServiceTests
{
    private TestBrowser _chromium = null!;
    private LocalSite _site = null!;
    private string _auth = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _chromium = await TestBrowser.LaunchAsync();
        _site = await LocalSite.StartAsync();
        FakeShop.Install(_site);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _chromium.DisposeAsync();
        await _site.DisposeAsync();
    }

    [SetUp]
    public void NewAuthFolder() => _auth = Directory.CreateTempSubdirectory("planact-auth").FullName;

    [TearDown]
    public void DeleteAuthFolder() => Directory.Delete(_auth, recursive: true);

    private SiteLoginService Service(SiteAccount? shopping = null)
    {
        var accounts = new Dictionary<string, SiteAccount>(SiteLoginService.StandardAccounts);
        if (shopping is not null)
        {
            accounts["shopping"] = shopping;
        }

        return new SiteLoginService(new SiteUrls(new Dictionary<string, string> { ["shopping"] = _site.BaseUrl }), accounts, FormLoginFlow.Standard, _auth,
            TimeSpan.FromHours(1), TimeSpan.FromSeconds(1.5), NullLogger<SiteLoginService>.Instance);
    }

    private static WebArenaTask Task(string? storageState = "./.auth/shopping_state.json", bool requireLogin = true) => new()
    {
        TaskId = 1,
        Sites = ["shopping"],
        RequireLogin = requireLogin,
        StorageState = storageState,
        StartUrls = ["http://x"],
        Intent = "x",
        Eval = new TaskEvaluationSpec { EvalTypes = [EvalType.StringMatch] },
    };

    [Test]
    public async Task Signs_in_through_the_form_caches_the_state_and_reuses_it()
    {
        var service = Service();
        var before = FakeShop.LoginPosts;

        var path = await service.EnsureStorageStateAsync(_chromium.Browser, Task(storageState: null));
        var again = await service.EnsureStorageStateAsync(_chromium.Browser, Task(storageState: null));

        Assert.That(path, Is.EqualTo(Path.Combine(_auth, "shopping_state.json")));
        Assert.That(again, Is.EqualTo(path));
        Assert.That(FakeShop.LoginPosts - before, Is.EqualTo(1), "the second task reuses the cached state");
        Assert.That(File.ReadAllText(path!), Does.Contain(FakeShop.Cookie));

        await using var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { StorageStatePath = path });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/customer/account/"));
        Assert.That(await page.ContentAsync(), Does.Contain("Welcome, Emma Lopez"));
    }

    [Test]
    public async Task A_tasks_own_storage_state_file_is_used_when_present()
    {
        var own = Path.Combine(_auth, "shopping_state.json");
        File.WriteAllText(own, "{\"cookies\":[],\"origins\":[]}");
        var before = FakeShop.LoginPosts;

        var path = await Service().EnsureStorageStateAsync(_chromium.Browser, Task());

        Assert.That(path, Is.EqualTo(own));
        Assert.That(FakeShop.LoginPosts, Is.EqualTo(before));
    }

    [Test]
    public async Task Anonymous_tasks_and_sites_without_a_login_get_no_state()
    {
        Assert.That(await Service().EnsureStorageStateAsync(_chromium.Browser, Task(requireLogin: false)), Is.Null);
        Assert.That(await Service().EnsureStorageStateAsync(_chromium.Browser, Task() with { Sites = ["map", "wikipedia"] }), Is.Null);
    }

    [Test]
    public async Task A_rejected_password_fails_naming_site_and_user_but_not_the_password()
    {
        var ex = await Assert.ThrowsAsync<LoginFailedException>(() => Service(SiteAccount.Of("emma.lopez@gmail.com", "Wrong.Secret.9")).EnsureStorageStateAsync(_chromium.Browser, Task(storageState: null)));

        Assert.That(ex!.Message, Does.Contain("shopping").And.Contain("emma.lopez@gmail.com"));
        Assert.That(ex.Message, Does.Not.Contain("Wrong.Secret.9"));
        Assert.That(File.Exists(Path.Combine(_auth, "shopping_state.json")), Is.False);
    }
}
