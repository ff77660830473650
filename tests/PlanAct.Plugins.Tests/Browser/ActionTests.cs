using NUnit.Framework;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Tests.Browser;

[TestFixture]
[Category("Browser")]
public sealed class ActionTests : BrowserFixture
{
    private static BrowserAction On(BrowserActionKind kind, string id, string? argument = null, bool enter = false)
        => new(kind) { ElementId = id, Argument = argument, PressEnter = enter };

    private static async Task<string> TextOfAsync(BrowserSession session, string selector = "#out")
        => await session.ActivePage.Locator(selector).InnerTextAsync();

    private async Task<BrowserSession> OpenHomeAsync()
    {
        var session = await NewSessionAsync();
        var opened = await session.OpenAsync(Site.Url("/"));
        Assert.That(opened.Success, Is.True, opened.Message);
        await session.ObserveAsync(FullPage);
        return session;
    }

    [TestCase(ObservationFormat.AccessibilityTree)]
    [TestCase(ObservationFormat.Aria)]
    [TestCase(ObservationFormat.Html)]
    public async Task Type_then_click_runs_the_page_script_and_names_the_element(ObservationFormat format)
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/"));
        await session.ObserveAsync(new ObservationOptions { Format = format, MaxTokens = 0 });
        var search = IdOf(session, "searchbox", "Search");

        var typed = await session.ExecuteAsync(On(BrowserActionKind.Type, search, "red shoes"));
        var clicked = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Go")));

        Assert.That(typed.Message, Is.EqualTo($"typed 'red shoes' into [{search}] searchbox 'Search'"));
        Assert.That(clicked.Message, Does.StartWith($"clicked [{IdOf(session, "button", "Go")}] button 'Go'"));
        Assert.That(await TextOfAsync(session), Is.EqualTo("searched red shoes"));
    }

    [Test]
    public async Task Type_replaces_existing_text_and_can_press_enter()
    {
        await using var session = await OpenHomeAsync();
        var comment = IdOf(session, "textbox", "Comment");
        await session.ExecuteAsync(On(BrowserActionKind.Type, comment, "first"));

        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Type, comment, "second", enter: true));

        Assert.That(outcome.Message, Does.EndWith("and pressed Enter"));
        Assert.That(await TextOfAsync(session), Is.EqualTo("submitted second"));
    }

    [Test]
    public async Task Type_into_a_button_is_an_error()
    {
        await using var session = await OpenHomeAsync();
        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Type, IdOf(session, "button", "Go"), "x"));

        Assert.That(outcome.Success, Is.False);
        Assert.That(outcome.Message, Does.Contain("is not an editable text field"));
    }

    [Test]
    public async Task Hover_fires_mouse_enter()
    {
        await using var session = await OpenHomeAsync();
        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Hover, IdOf(session, "button", "Hover target")));

        Assert.That(outcome.Success, Is.True, outcome.Message);
        Assert.That(await TextOfAsync(session), Is.EqualTo("hovered"));
    }

    [Test]
    public async Task Press_accepts_webarena_key_names()
    {
        await using var session = await OpenHomeAsync();
        var comment = IdOf(session, "textbox", "Comment");
        await session.ExecuteAsync(On(BrowserActionKind.Type, comment, "abc"));

        var selectAll = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Press) { Argument = "Ctrl+a" });
        await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Press) { Argument = "Backspace" });
        var enter = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Press) { Argument = "Enter" });
        var bad = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Press) { Argument = "Ctrl+Banana" });

        Assert.That(selectAll.Message, Is.EqualTo("pressed Control+a"));
        Assert.That(enter.Success, Is.True);
        Assert.That(await TextOfAsync(session), Is.EqualTo("submitted"));
        Assert.That(bad.Success, Is.False);
        Assert.That(bad.Message, Does.Contain("unknown key 'Banana'"));
    }

    [Test]
    public async Task Scroll_moves_about_a_viewport_and_reports_the_edges()
    {
        await using var session = await OpenHomeAsync();
        var up = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Scroll) { Argument = "up" });
        var down = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Scroll) { Argument = "down" });
        var y = await session.ActivePage.EvaluateAsync<int>("() => Math.round(window.scrollY)");

        Assert.That(up.Success, Is.False);
        Assert.That(up.Message, Does.Contain("already at the top"));
        Assert.That(down.Success, Is.True, down.Message);
        Assert.That(y, Is.EqualTo(720));
        Assert.That(down.Message, Does.StartWith("scrolled down; showing 720-1440 of"));
    }

    [Test]
    public async Task Select_option_matches_label_then_contains_and_lists_options_on_failure()
    {
        await using var session = await OpenHomeAsync();
        var sort = IdOf(session, "combobox", "Sort");

        var exact = await session.ExecuteAsync(On(BrowserActionKind.SelectOption, sort, "Name"));
        var value = await session.ActivePage.Locator("#sort").InputValueAsync();
        var contains = await session.ExecuteAsync(On(BrowserActionKind.SelectOption, sort, "newest"));
        var text = await TextOfAsync(session);
        var missing = await session.ExecuteAsync(On(BrowserActionKind.SelectOption, sort, "Rating"));

        Assert.That(exact.Message, Is.EqualTo($"selected 'Name' in [{sort}] combobox 'Sort'"));
        Assert.That(value, Is.EqualTo("name"));
        Assert.That(contains.Success, Is.True, contains.Message);
        Assert.That(text, Is.EqualTo("sorted by new"));
        Assert.That(missing.Success, Is.False);
        Assert.That(missing.Message, Does.Contain("no option matching 'Rating'; options: 'Price', 'Name', 'Newest first'"));
    }

    [Test]
    public async Task Goto_back_and_forward_move_through_history_and_report_the_url()
    {
        await using var session = await OpenHomeAsync();
        var gone = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Goto) { Argument = Site.Url("/second") });
        var back = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.GoBack));
        var forward = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.GoForward));
        var noForward = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.GoForward));

        Assert.That(gone.Message, Does.Contain("url: " + Site.Url("/second")));
        Assert.That(back.Message, Is.EqualTo("went back; url: " + Site.Url("/")));
        Assert.That(forward.Url, Is.EqualTo(Site.Url("/second")));
        Assert.That(noForward.Success, Is.False);
    }

    [Test]
    public async Task Link_click_reports_the_new_url()
    {
        await using var session = await OpenHomeAsync();
        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "link", "Second page")));

        Assert.That(outcome.Message, Does.EndWith("; url: " + Site.Url("/second")));
        Assert.That(await session.ActivePage.TitleAsync(), Is.EqualTo("Second"));
    }

    [Test]
    public async Task Unknown_stale_disabled_and_hidden_elements_give_error_outcomes()
    {
        await using var session = await OpenHomeAsync();
        var disabled = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Disabled button")));
        var unknown = await session.ExecuteAsync(On(BrowserActionKind.Click, "99999"));
        var missing = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click));
        var go = IdOf(session, "button", "Go");
        await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Goto) { Argument = Site.Url("/second") });
        var stale = await session.ExecuteAsync(On(BrowserActionKind.Click, go));

        Assert.That(disabled.Success, Is.False);
        Assert.That(disabled.Message, Does.EndWith("button 'Disabled button' is disabled"));
        Assert.That(unknown.Message, Is.EqualTo("error: no element [99999] on the current page; use an id from the latest observation"));
        Assert.That(missing.Message, Does.Contain("needs an element id"));
        Assert.That(stale.Success, Is.False);
        Assert.That(stale.Message, Does.Contain("no longer on the page").Or.Contain("no element"));
    }

    [Test]
    public async Task Hidden_element_is_an_error()
    {
        await using var session = await OpenHomeAsync();
        await session.ActivePage.EvaluateAsync("() => document.getElementById('go').style.display = 'none'");

        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Go")));

        Assert.That(outcome.Success, Is.False);
        Assert.That(outcome.Message, Does.Contain("button 'Go' is hidden"));
    }

    [Test]
    public async Task Stop_ends_with_the_answer_and_none_is_an_error()
    {
        await using var session = await NewSessionAsync();
        var stop = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Stop) { Argument = "42 items" });
        var none = await session.ExecuteAsync(new BrowserAction(BrowserActionKind.None));

        Assert.That(stop.IsStop, Is.True);
        Assert.That(stop.Answer, Is.EqualTo("42 items"));
        Assert.That(none.Success, Is.False);
    }

    [Test]
    public async Task Settle_waits_for_a_late_fetch_to_render()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/slow"));
        await session.ObserveAsync(FullPage);

        await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Load")));

        Assert.That(await TextOfAsync(session), Is.EqualTo("loaded later"));
    }

    [TestCase(ObservationFormat.AccessibilityTree)]
    [TestCase(ObservationFormat.Html)]
    public async Task Click_whose_xhr_renders_after_300_ms_is_settled_before_the_next_observation(ObservationFormat format)
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/xhr"));
        await session.ObserveAsync(new ObservationOptions { Format = format, MaxTokens = 0 });
        var button = IdOf(session, "button", "Show details");

        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Click, button));
        var observation = await session.ObserveAsync(new ObservationOptions { Format = format, MaxTokens = 0 });

        Assert.That(outcome.Success, Is.True, outcome.Message);
        Assert.That(observation.Text, Does.Contain("Order 1001 shipped").And.Contain("Order 1002 pending"));
        Assert.That(observation.Text, Does.Not.Contain("placeholder row"));
        Assert.That(IdOf(session, "link", "Order 1002 pending"), Is.Not.Empty);
    }

    [Test]
    public async Task Click_that_navigates_from_script_to_a_slow_page_is_settled_on_the_new_page()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/redirecting"));
        await session.ObserveAsync(FullPage);

        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Continue")));
        var observation = await session.ObserveAsync(FullPage);

        Assert.That(outcome.Success, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.EndWith("; url: " + Site.Url("/slow-target")));
        Assert.That(observation.Text, Does.StartWith("Tab 0 (current): Arrived\n\n"));
        Assert.That(observation.Text, Does.Contain("Checkout complete"));
        Assert.That(IdOf(session, "button", "Print receipt"), Is.Not.Empty);
    }

    [Test]
    public async Task Element_state_probe_agrees_with_playwright_on_readonly_fieldset_aria_disabled_and_display_contents()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/states"));
        await session.ObserveAsync(FullPage);

        var readOnly = await session.ExecuteAsync(On(BrowserActionKind.Type, IdOf(session, "textbox", "Readonly code"), "new"));
        var fieldset = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Inside disabled fieldset")));
        var aria = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Aria disabled")));
        var toolbar = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Toolbar action")));
        var toolbarText = await TextOfAsync(session);
        var contents = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Contents button")));

        Assert.That(readOnly.Message, Does.Contain("is not an editable text field"));
        Assert.That(fieldset.Message, Does.EndWith("button 'Inside disabled fieldset' is disabled"));
        Assert.That(aria.Message, Does.EndWith("button 'Aria disabled' is disabled"));
        Assert.That(toolbar.Success, Is.True, toolbar.Message);
        Assert.That(toolbarText, Is.EqualTo("toolbar clicked"));
        Assert.That(contents.Success, Is.True, contents.Message);
        Assert.That(await TextOfAsync(session), Is.EqualTo("contents clicked"));
    }

    [Test]
    public async Task Alert_and_confirm_are_accepted_and_reported()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/dialogs"));
        await session.ObserveAsync(FullPage);

        var alert = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Alert")));
        var afterAlert = await TextOfAsync(session);
        await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Confirm")));
        var observation = await session.ObserveAsync(FullPage);

        Assert.That(alert.Message, Does.Contain("alert dialog 'Hello there' was accepted"));
        Assert.That(afterAlert, Is.EqualTo("after alert"));
        Assert.That(await TextOfAsync(session), Is.EqualTo("confirmed"));
        Assert.That(observation.Events, Is.EqualTo(new[] { "alert dialog 'Hello there' was accepted", "confirm dialog 'Sure?' was accepted" }));
        Assert.That(observation.Text, Does.EndWith("Events:\n- alert dialog 'Hello there' was accepted\n- confirm dialog 'Sure?' was accepted"));
    }

    [TestCase(ObservationFormat.AccessibilityTree)]
    [TestCase(ObservationFormat.Aria)]
    public async Task Elements_in_same_and_cross_origin_iframes_can_be_clicked(ObservationFormat format)
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/frames"));
        await session.ObserveAsync(new ObservationOptions { Format = format, MaxTokens = 0 });
        var snapshot = session.LatestSnapshot()!;
        var buttons = snapshot.Ids.Where(id => snapshot.TryGetElement(id, out var e) && e.Name == "Inner button").ToList();
        Assert.That(buttons, Has.Count.EqualTo(2), snapshot.Content);

        foreach (var id in buttons)
        {
            var outcome = await session.ExecuteAsync(On(BrowserActionKind.Click, id));
            Assert.That(outcome.Success, Is.True, outcome.Message);
        }

        var frames = session.ActivePage.Frames.Where(f => f.Url.EndsWith("/inner", StringComparison.Ordinal)).ToList();
        var texts = await Task.WhenAll(frames.Select(f => f.Locator("#out").InnerTextAsync()));
        Assert.That(texts, Is.EquivalentTo(new[]
        {
            "inner clicked at " + new Uri(Site.BaseUrl).Authority,
            "inner clicked at " + new Uri(OtherOriginUrl("/")).Authority,
        }));
    }

    [Test]
    public async Task Element_in_open_shadow_root_can_be_clicked()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/shadow"));
        await session.ObserveAsync(FullPage);

        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "button", "Shadow button")));

        Assert.That(outcome.Success, Is.True, outcome.Message);
        Assert.That(await session.ActivePage.Locator("#host").Locator("#out").InnerTextAsync(), Is.EqualTo("shadow clicked"));
    }

    [Test]
    public async Task Download_is_saved_and_reported_with_name_size_and_path()
    {
        await using var session = await NewSessionAsync();
        await session.OpenAsync(Site.Url("/download"));
        await session.ObserveAsync(FullPage);

        var outcome = await session.ExecuteAsync(On(BrowserActionKind.Click, IdOf(session, "link", "Get report")));
        var observation = await session.ObserveAsync(FullPage);
        var path = Path.Combine(session.DownloadsPath, "report.csv");

        Assert.That(outcome.Message, Does.Contain($"downloaded 'report.csv' (8 bytes) to {path}"));
        Assert.That(observation.Events, Has.Some.Contains("downloaded 'report.csv'"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("a,b\n1,2\n"));
    }

    [Test]
    public async Task Goto_a_file_download_succeeds_and_reports_the_file()
    {
        await using var session = await NewSessionAsync();

        var outcome = await session.OpenAsync(Site.Url("/report.csv"));

        Assert.That(outcome.Success, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.Contain("started a download").And.Contain("downloaded 'report.csv' (8 bytes)"));
    }
}
