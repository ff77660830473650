using System.Text.RegularExpressions;
using NUnit.Framework;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Tests.Observation;

/// <summary>The same pages observed in every format: content, id resolution, clicking by id, viewport focus, truncation.</summary>
[TestFixture(ObservationFormat.AccessibilityTree)]
[TestFixture(ObservationFormat.Html)]
[TestFixture(ObservationFormat.Aria)]
public sealed class PageObserverFormatTests(ObservationFormat format) : ObservationPagesFixture
{
    private ObservationOptions Options(int maxTokens = 8000, int focus = 2000, bool viewportOnly = false)
        => new() { Format = format, MaxTokens = maxTokens, ViewportFocusTokens = focus, ViewportOnly = viewportOnly };

    [Test]
    public async Task Form_controls_are_listed_by_role_and_name_and_hidden_ones_are_not()
    {
        await Page.GotoAsync(Site.Url("/form"));
        var snapshot = await Observer.CaptureAsync(Page, Options());
        TestContext.Out.WriteLine(snapshot.Content);

        Assert.That(snapshot.Format, Is.EqualTo(format));
        Find(snapshot, "textbox", "Quantity");
        Find(snapshot, "combobox", "Colour");
        Find(snapshot, "checkbox", "Gift wrap");
        Find(snapshot, "link", "Home");
        Assert.That(snapshot.Content, Does.Contain("Green"));
        Assert.That(snapshot.Content, Does.Not.Contain("Hidden button"));
        Assert.That(snapshot.Content, Does.Not.Contain("Invisible button"));
        Assert.That(snapshot.Content, Does.Contain("draft text"));
        Find(snapshot, format == ObservationFormat.Aria ? "generic" : "textbox", "Notes"); // Playwright calls a contenteditable div generic
        if (format != ObservationFormat.Aria)
        {
            // Playwright's AI snapshot keeps fully transparent content.
            Assert.That(snapshot.Content, Does.Not.Contain("Transparent button"));
        }

        if (format != ObservationFormat.AccessibilityTree)
        {
            // WebArena's tree names the field by its label and does not list placeholders.
            Assert.That(snapshot.Content, Does.Contain("how many"));
        }

        if (format != ObservationFormat.Aria)
        {
            // Playwright's AI snapshot (Microsoft.Playwright 1.64.1) keeps aria-hidden content; our capture drops it.
            Assert.That(snapshot.Content, Does.Not.Contain("Aria hidden link"));
        }
        Assert.That(snapshot.Content, Does.Not.Contain("secret-token"));
        Assert.That(snapshot.TokenCount, Is.GreaterThan(0));
        await AssertEveryIdResolvesAsync(snapshot);
    }

    [Test]
    public async Task Clicking_and_filling_by_id_reaches_the_right_element()
    {
        await Page.GotoAsync(Site.Url("/form"));
        var snapshot = await Observer.CaptureAsync(Page, Options());
        await Find(snapshot, "textbox", "Quantity").Locator.FillAsync("7", new() { Timeout = 2000 });
        await Find(snapshot, "button", "Send order").Locator.ClickAsync(new() { Timeout = 2000 });
        Assert.That(await Page.TextContentAsync("#out"), Is.EqualTo("sent 7"));

        var after = await Observer.CaptureAsync(Page, Options());
        Assert.That(after.Content, Does.Contain("sent 7"));
        Assert.That(after.Content, Does.Contain("7"));
    }

    [Test]
    public async Task Frames_and_shadow_roots_are_addressable()
    {
        await Page.GotoAsync(Site.Url("/frames"));
        await Page.FrameLocator("#cross").Locator("#cross").WaitForAsync(new() { Timeout = 5000 });
        await Page.FrameLocator("#same").Locator("#inner").WaitForAsync(new() { Timeout = 5000 });
        var snapshot = await Observer.CaptureAsync(Page, Options());
        TestContext.Out.WriteLine(snapshot.Content);
        Find(snapshot, "textbox", "Cross field");
        Find(snapshot, "textbox", "Shadow field");
        Find(snapshot, "link", "Inner link");
        Assert.That(snapshot.Content, Does.Contain("Shadow text"));
        await AssertEveryIdResolvesAsync(snapshot);

        foreach (var (name, selector, frame) in new[]
                 {
                     ("Inner button", "#inner", "#same"),
                     ("Cross button", "#cross", "#cross"),
                     ("Shadow button", "#shadowbtn", null),
                     ("Outer button", "#outer", null),
                 })
        {
            await Find(snapshot, "button", name).Locator.ClickAsync(new() { Timeout = 2000 });
            var target = frame is null ? Page.Locator(selector) : Page.FrameLocator(frame).Locator(selector);
            Assert.That(await target.TextContentAsync(), Does.EndWith("clicked"), name);
        }
    }

    [Test]
    public async Task Large_page_falls_back_to_the_viewport_and_keeps_every_visible_control_addressable()
    {
        await Page.GotoAsync(Site.Url("/long"));
        var snapshot = await Observer.CaptureAsync(Page, Options());
        Assert.That(snapshot.Content, Does.Contain("Scroll down"));
        var visible = await VisibleButtonNamesAsync();
        Assert.That(visible, Is.Not.Empty);
        foreach (var name in visible)
        {
            Find(snapshot, "button", name);
        }

        Assert.That(snapshot.Ids.Select(id => Element(snapshot, id).Name), Does.Not.Contain("Add 299"));
        await AssertEveryIdResolvesAsync(snapshot);

        await Page.Mouse.WheelAsync(0, 20000);
        await Page.WaitForFunctionAsync("() => window.scrollY > 1000", null, new() { Timeout = 2000 });
        var scrolled = await Observer.CaptureAsync(Page, Options());
        await Find(scrolled, "button", "Add 299").Locator.ClickAsync(new() { Timeout = 2000 });
        Assert.That(scrolled.Content, Does.Contain("Scroll up"));
        Assert.That(await Page.Locator("button", new() { HasText = "added 299" }).CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Token_budget_cuts_at_a_line_and_only_kept_ids_resolve()
    {
        await Page.GotoAsync(Site.Url("/long"));
        var snapshot = await Observer.CaptureAsync(Page, Options(maxTokens: 300, focus: 0));
        Assert.That(snapshot.Truncated, Is.True);
        Assert.That(snapshot.TokenCount, Is.LessThanOrEqualTo(300));
        Assert.That(snapshot.Content, Does.EndWith("[... observation truncated at 300 tokens; scroll or narrow down to see more]"));
        Assert.That(snapshot.Ids.Count(), Is.GreaterThan(3));
        Assert.That(snapshot.Ids.Select(id => Element(snapshot, id).Name), Does.Not.Contain("Add 150"));
        await AssertEveryIdResolvesAsync(snapshot);
    }

    private async Task<string[]> VisibleButtonNamesAsync()
        => await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('button')].filter(b => { const r = b.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).map(b => b.textContent)
            """);

    private static ElementHandleInfo Element(PageSnapshot snapshot, string id)
    {
        Assert.That(snapshot.TryGetElement(id, out var element), Is.True, id);
        return element;
    }

    /// <summary>Finds the one element with this role and name through the id map, and checks the content shows its id.</summary>
    private static ElementHandleInfo Find(PageSnapshot snapshot, string role, string name)
    {
        var matches = snapshot.Ids.Select(id => Element(snapshot, id)).Where(e => e.Role == role && e.Name == name).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"{role} '{name}' in:\n{snapshot.Content}");
        Assert.That(snapshot.Content, Does.Contain(matches[0].Id));
        return matches[0];
    }

    private async Task AssertEveryIdResolvesAsync(PageSnapshot snapshot)
    {
        var shown = ShownIds(snapshot.Content);
        Assert.That(shown, Is.Not.Empty);
        Assert.That(shown, Is.Unique, "an id is shown twice");
        Assert.That(snapshot.Ids, Is.EquivalentTo(shown), "the id map must hold exactly the ids shown");
        foreach (var id in shown)
        {
            Assert.That(await Element(snapshot, id).Locator.CountAsync(), Is.EqualTo(1), $"id {id} ({Element(snapshot, id)})");
        }
    }

    private List<string> ShownIds(string content)
    {
        var pattern = format switch
        {
            ObservationFormat.AccessibilityTree => @"^\t*\[(\d+)\]",
            ObservationFormat.Html => @"<[a-z0-9-]+ id=""(\d+)""",
            _ => @"\[ref=([a-z0-9]+)\]",
        };
        return Regex.Matches(content, pattern, RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
    }
}
