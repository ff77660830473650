using System.Text.Json;
using Microsoft.Playwright;
using NUnit.Framework;
using PlanAct.DemoSite;
using PlanAct.DemoSite.Accounts;
using PlanAct.Testing.Browser;

namespace PlanAct.Samples.Tests.DemoSite;

/// <summary>The demo site in a real Chromium: forms, labels and the tasks' own program_html locators.</summary>
[Category("Browser")]
public sealed class DemoSiteBrowserTests
{
    private DemoSiteServer _site = null!;
    private TestBrowser _chromium = null!;
    private JsonElement[] _tasks = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = await DemoSiteServer.StartAsync();
        using var doc = JsonDocument.Parse(DemoTasks.ReadJson(_site.BaseUrl));
        _tasks = [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
        _chromium = await TestBrowser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _chromium.DisposeAsync();
        await _site.DisposeAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        await _site.ResetAsync();
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        return page;
    }

    private async Task<string> EvaluateLocatorAsync(IPage page, int taskId, int target)
    {
        var locator = _tasks.Single(t => t.GetProperty("task_id").GetInt32() == taskId)
            .GetProperty("eval").GetProperty("program_html")[target].GetProperty("locator").GetString()!;
        return await page.EvaluateAsync<string>("() => " + locator);
    }

    [Test]
    public async Task Search_product_page_and_cart_work_through_labelled_controls()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(_site.BaseUrl);
        var snapshot = await page.Locator("body").AriaSnapshotAsync();
        Assert.That(snapshot, Does.Contain("searchbox \"Search products\""));
        Assert.That(snapshot, Does.Contain("link \"Backpacks\""));

        await page.GetByLabel("Search products").FillAsync("white daypack");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "White Daypack 20L" }).ClickAsync();
        await page.GetByLabel("Quantity").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.WaitForURLAsync("**/cart?added=*");

        Assert.That(await EvaluateLocatorAsync(page, 14, 0), Does.Contain("White Daypack 20L"));
        Assert.That(await EvaluateLocatorAsync(page, 14, 1), Is.EqualTo("2"));
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Forum_sign_in_vote_and_comment_satisfy_the_task_locators()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(_site.ForumUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Technology" }).ClickAsync();
        var pageHeight = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.That(pageHeight, Is.GreaterThan(720), "a forum page is long enough to need scrolling");

        await page.GetByRole(AriaRole.Button, new() { Name = "Upvote Best e-reader for PDFs" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Best e-reader for PDFs" }).ClickAsync();
        Assert.That(await EvaluateLocatorAsync(page, 9, 0), Is.EqualTo("61"));

        await page.GotoAsync(_site.BaseUrl + "/forum/gardening/7");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in to comment" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(DemoAccount.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccount.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/forum/gardening/7");
        await page.GetByLabel("Your comment").FillAsync("Try a layer of straw mulch.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await page.GetByText("Try a layer of straw mulch.").WaitForAsync();
        Assert.That(await EvaluateLocatorAsync(page, 7, 0), Does.Contain("Try a layer of straw mulch"));
        await page.Context.CloseAsync();
    }
}
