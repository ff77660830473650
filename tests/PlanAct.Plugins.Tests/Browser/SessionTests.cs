using NUnit.Framework;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;

namespace PlanAct.Plugins.Tests.Browser;

[TestFixture]
[Category("Browser")]
public sealed class SessionTests : BrowserFixture
{
    [Test]
    public async Task Open_then_observe_lists_the_tab_with_its_title()
    {
        await using var session = await NewSessionAsync();
        var outcome = await session.OpenAsync(Site.Url("/second"));
        var observation = await session.ObserveAsync(FullPage);

        Assert.That(outcome.Success, Is.True, outcome.Message);
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/second")));
        Assert.That(observation.Text, Does.StartWith("Tab 0 (current): Second\n\n"));
        Assert.That(observation.Tabs, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Target_blank_link_opens_a_tab_that_becomes_current()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/tabs"));
        await session.ObserveAsync(FullPage);

        var outcome = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = IdOf(session, "link", "Open blank") });
        var observation = await session.ObserveAsync(FullPage);

        Assert.That(outcome.Success, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.Contain("now on tab 1"));
        Assert.That(session.Pages, Has.Count.EqualTo(2));
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/second")));
        Assert.That(observation.Text, Does.StartWith("Tab 0: Tabs | Tab 1 (current): Second"));
        Assert.That(observation.Events, Has.Some.Contains("tab 1 opened"));
    }

    [Test]
    public async Task Window_open_popup_is_tracked_and_tabs_can_be_focused_and_closed()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/tabs"));
        await session.ObserveAsync(FullPage);
        await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = IdOf(session, "button", "Open window") });
        Assert.That(session.Pages, Has.Count.EqualTo(2));
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/second")));

        var focus = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = 0 });
        Assert.That(focus.Message, Does.StartWith("switched to tab 0: Tabs"));
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/tabs")));

        var bad = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = 5 });
        Assert.That(bad.Success, Is.False);
        Assert.That(bad.Message, Does.Contain("no tab 5").And.Contain("Tab 1: Second"));

        var close = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.CloseTab));
        Assert.That(close.Success, Is.True, close.Message);
        Assert.That(session.Pages, Has.Count.EqualTo(1));
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/second")));
    }

    [Test]
    public async Task New_tab_then_close_last_tab_leaves_a_blank_tab()
    {
        await using var session = await NewSessionAsync();
        var opened = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.NewTab));
        Assert.That(opened.Message, Does.StartWith("opened tab 1"));
        Assert.That(session.Pages, Has.Count.EqualTo(2));

        await session.ExecuteAsync(new BrowserAction(BrowserActionKind.CloseTab));
        await session.ExecuteAsync(new BrowserAction(BrowserActionKind.CloseTab));

        Assert.That(session.Pages, Has.Count.EqualTo(1));
        Assert.That(session.ActivePage.Url, Is.EqualTo("about:blank"));
    }

    [Test]
    public async Task Goto_to_another_origin_and_file_urls_are_refused()
    {
        await using var session = await NewSessionAsync(allowedOrigins: [Site.BaseUrl]);
        await session.OpenAsync(Site.Url("/second"));

        var other = await session.OpenAsync(OtherOriginUrl("/second"));
        var file = await session.OpenAsync("file:///etc/passwd");
        var script = await session.OpenAsync("javascript:alert(1)");

        Assert.That(other.Success, Is.False);
        Assert.That(other.Message, Does.Contain("origin is not allowed").And.Contain("allowed sites: " + Site.BaseUrl));
        Assert.That(file.Message, Does.Contain("file: URLs are not allowed"));
        Assert.That(script.Message, Does.Contain("javascript: URLs are not allowed"));
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/second")));
        Assert.That(OtherSite.Requests, Has.None.EqualTo("/second"));
    }

    [Test]
    public async Task In_page_navigation_to_a_disallowed_origin_is_blocked_and_reported()
    {
        await using var session = await NewSessionAsync(allowedOrigins: [Site.BaseUrl]);
        await session.OpenAsync(Site.Url("/offsite"));
        await session.ObserveAsync(FullPage);

        var outcome = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = IdOf(session, "link", "Elsewhere") });
        var observation = await session.ObserveAsync(FullPage);

        Assert.That(outcome.Message, Does.Contain("blocked navigation to " + OtherOriginUrl("/second")));
        Assert.That(observation.Events, Has.Some.Contains("blocked navigation"));
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/offsite")));
        Assert.That(OtherSite.Requests, Has.None.EqualTo("/second"));
    }

    [Test]
    public async Task Popup_to_a_disallowed_origin_is_closed()
    {
        await using var session = await NewSessionAsync(allowedOrigins: [Site.BaseUrl]);
        await session.OpenAsync(Site.Url("/offsite"));
        await session.ObserveAsync(FullPage);

        var outcome = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = IdOf(session, "button", "Popup elsewhere") });

        Assert.That(outcome.Message, Does.Contain("blocked navigation to " + OtherOriginUrl("/second")));
        Assert.That(session.Pages, Has.Count.EqualTo(1));
        Assert.That(session.CurrentUrl, Is.EqualTo(Site.Url("/offsite")));
    }

    [Test]
    public async Task Url_rewriter_shows_display_urls_and_maps_goto_back_to_real_ones()
    {
        var rewriter = new PrefixRewriter(Site.BaseUrl, "http://shop.example");
        await using var session = await NewSessionAsync(allowedOrigins: [Site.BaseUrl], rewriter: rewriter);

        var opened = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Goto) { Argument = "http://shop.example/second" });
        var observation = await session.ObserveAsync(FullPage);
        var refused = await session.OpenAsync("http://elsewhere.example/");

        Assert.That(opened.Success, Is.True, opened.Message);
        Assert.That(opened.Url, Is.EqualTo("http://shop.example/second"));
        Assert.That(session.ActivePage.Url, Is.EqualTo(Site.Url("/second")));
        Assert.That(observation.Url, Is.EqualTo("http://shop.example/second"));
        Assert.That(observation.Tabs.Single().Url, Is.EqualTo("http://shop.example/second"));
        Assert.That(refused.Message, Does.Contain("allowed sites: http://shop.example"));
        Assert.That(refused.Message + opened.Message, Does.Not.Contain(Site.BaseUrl));
    }

    [Test]
    public async Task Dialogs_can_be_dismissed_per_session()
    {
        await using var session = await NewSessionAsync(acceptDialogs: false);
        await session.OpenAsync(Site.Url("/dialogs"));
        await session.ObserveAsync(FullPage);

        var outcome = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = IdOf(session, "button", "Confirm") });

        Assert.That(outcome.Message, Does.Contain("confirm dialog 'Sure?' was dismissed"));
        Assert.That(await session.ActivePage.Locator("#out").InnerTextAsync(), Is.EqualTo("cancelled"));
    }

    [Test]
    public async Task Sessions_on_one_browser_run_concurrently_and_are_isolated()
    {
        await using var first = await NewSessionAsync();
        await using var second = await NewSessionAsync();

        await Task.WhenAll(first.OpenAsync(Site.Url("/")), second.OpenAsync(Site.Url("/second")));
        await first.ActivePage.EvaluateAsync("() => document.cookie = 'who=first'");
        await Task.WhenAll(first.ObserveAsync(FullPage), second.ObserveAsync(FullPage));
        var results = await Task.WhenAll(
            first.ExecuteAsync(new BrowserAction(BrowserActionKind.Type) { ElementId = IdOf(first, "searchbox", "Search"), Argument = "one" }),
            second.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = IdOf(second, "link", "Home link") }));

        Assert.That(results.Select(r => r.Success), Is.All.True, string.Join(" / ", results.Select(r => r.Message)));
        Assert.That(await first.ActivePage.Locator("#q").InputValueAsync(), Is.EqualTo("one"));
        Assert.That(second.CurrentUrl, Is.EqualTo(Site.Url("/")));
        Assert.That(await second.ActivePage.EvaluateAsync<string>("() => document.cookie"), Is.Empty);
    }

    private sealed class PrefixRewriter(string real, string display) : IUrlRewriter
    {
        public string ToDisplay(string realUrl) => realUrl.StartsWith(real, StringComparison.Ordinal) ? display + realUrl[real.Length..] : realUrl;

        public string ToReal(string displayUrl) => displayUrl.StartsWith(display, StringComparison.Ordinal) ? real + displayUrl[display.Length..] : displayUrl;
    }
}
