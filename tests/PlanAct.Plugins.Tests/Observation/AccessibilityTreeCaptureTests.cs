using System.Text.RegularExpressions;
using NUnit.Framework;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Tests.Observation;

[TestFixture]
public sealed partial class AccessibilityTreeCaptureTests : ObservationPagesFixture
{
    private static ObservationOptions Tree => new() { Format = ObservationFormat.AccessibilityTree, ViewportFocusTokens = 0 };

    [Test]
    public async Task Form_shows_controls_with_state_and_hides_hidden_elements()
    {
        await Page.GotoAsync(Site.Url("/form"));
        var snapshot = await Observer.CaptureAsync(Page, Tree);
        var text = snapshot.Content;
        TestContext.Out.WriteLine(text);

        Assert.That(text, Does.Match(@"\[\d+\] RootWebArea 'Order form'"));
        Assert.That(text, Does.Match(@"\[\d+\] heading 'Place an order'"));
        Assert.That(text, Does.Match(@"\[\d+\] link 'Home'"));
        Assert.That(text, Does.Match(@"\[\d+\] textbox 'Quantity'"));
        Assert.That(text, Does.Contain("StaticText '3'"));
        Assert.That(text, Does.Match(@"\[\d+\] combobox 'Colour' hasPopup: menu expanded: False"));
        Assert.That(text, Does.Contain("option 'Green' selected: True"));
        Assert.That(text, Does.Match(@"\[\d+\] checkbox 'Gift wrap' checked: true"));
        Assert.That(text, Does.Match(@"\[\d+\] button 'Cancel' disabled: True"));
        Assert.That(text, Does.Match(@"\[\d+\] generic 'Click this div'"));
        Assert.That(text, Does.Not.Contain("Hidden button"));
        Assert.That(text, Does.Not.Contain("Invisible button"));
        Assert.That(text, Does.Not.Contain("Aria hidden link"));
        Assert.That(text, Does.Not.Contain("secret-token"));
        await AssertEveryIdResolvesAsync(snapshot);
    }

    [Test]
    public async Task Ids_stay_stable_across_captures_and_new_elements_get_new_ids()
    {
        await Page.GotoAsync(Site.Url("/form"));
        var first = await Observer.CaptureAsync(Page, Tree);
        await Page.EvaluateAsync("() => { const b = document.createElement('button'); b.textContent = 'Fresh'; document.body.prepend(b); }");
        var second = await Observer.CaptureAsync(Page, Tree);
        Assert.That(IdOf(second.Content, "button", "Send order"), Is.EqualTo(IdOf(first.Content, "button", "Send order")));
        var fresh = IdOf(second.Content, "button", "Fresh");
        Assert.That(first.Ids, Does.Not.Contain(fresh));
        await AssertEveryIdResolvesAsync(second);
    }

    [Test]
    public async Task Cloned_elements_do_not_share_an_id()
    {
        await Page.GotoAsync(Site.Url("/form"));
        await Observer.CaptureAsync(Page, Tree);
        await Page.EvaluateAsync("() => { const s = document.getElementById('send'); s.after(s.cloneNode(true)); }");
        var snapshot = await Observer.CaptureAsync(Page, Tree);
        Assert.That(Regex.Matches(snapshot.Content, @"\[\d+\] button 'Send order'"), Has.Count.EqualTo(2));
        await AssertEveryIdResolvesAsync(snapshot);
    }

    [Test]
    public async Task Frames_and_shadow_roots_are_captured_and_clickable()
    {
        await Page.GotoAsync(Site.Url("/frames"));
        await Page.FrameLocator("#cross").Locator("#cross").WaitForAsync(new() { Timeout = 5000 });
        await Page.FrameLocator("#same").Locator("#inner").WaitForAsync(new() { Timeout = 5000 });
        var snapshot = await Observer.CaptureAsync(Page, Tree);
        var text = snapshot.Content;
        TestContext.Out.WriteLine(text);
        Assert.That(text, Does.Match(@"\[\d+\] Iframe 'Same origin'"));
        Assert.That(text, Does.Match(@"\[\d+\] Iframe 'Cross origin'"));
        Assert.That(text, Does.Match(@"\[\d+\] textbox 'Shadow field'"));
        Assert.That(text, Does.Match(@"\[\d+\] textbox 'Cross field'"));
        Assert.That(text, Does.Contain("StaticText 'Shadow text'"));
        Assert.That(text, Does.Match(@"\[\d+\] textbox 'Labelled inside'"));
        await AssertEveryIdResolvesAsync(snapshot);
        var again = await Observer.CaptureAsync(Page, Tree);
        Assert.That(again.Content, Is.EqualTo(text), "ids inside frames and shadow roots stay the same across captures");

        foreach (var (name, selector, frame) in new[]
                 {
                     ("Inner button", "#inner", "#same"),
                     ("Cross button", "#cross", "#cross"),
                     ("Shadow button", "#shadowbtn", null),
                     ("Outer button", "#outer", null),
                 })
        {
            Assert.That(snapshot.TryGetElement(IdOf(text, "button", name), out var element), Is.True, name);
            await element.Locator.ClickAsync(new() { Timeout = 2000 });
            var target = frame is null ? Page.Locator(selector) : Page.FrameLocator(frame).Locator(selector);
            Assert.That(await target.TextContentAsync(), Does.EndWith("clicked"), name);
        }
    }

    [Test]
    public async Task Pages_that_patch_toJSON_on_builtin_prototypes_are_still_captured()
    {
        await Page.GotoAsync(Site.Url("/form"));
        await Page.EvaluateAsync("() => { Array.prototype.toJSON = function () { return 'broken'; }; String.prototype.toJSON = function () { return 'x'; }; }");
        var snapshot = await Observer.CaptureAsync(Page, Tree);
        Assert.That(snapshot.Content, Does.Match(@"\[\d+\] button 'Send order'"));
        Assert.That(await Page.EvaluateAsync<string>("() => JSON.stringify([1])"), Is.EqualTo("\"broken\""), "the page's own patch is restored");
    }

    internal static string IdOf(string text, string role, string name)
    {
        var match = Regex.Match(text, $@"\[(\d+)\] {Regex.Escape(role)} '{Regex.Escape(name)}'");
        Assert.That(match.Success, Is.True, $"No {role} '{name}' in:\n{text}");
        return match.Groups[1].Value;
    }

    internal static async Task AssertEveryIdResolvesAsync(PageSnapshot snapshot)
    {
        var shown = IdPattern().Matches(snapshot.Content).Select(m => m.Groups[1].Value).ToList();
        Assert.That(shown, Is.Not.Empty);
        Assert.That(shown, Is.Unique, "ids shown twice");
        Assert.That(snapshot.Ids, Is.EquivalentTo(shown));
        foreach (var id in shown)
        {
            Assert.That(snapshot.TryGetElement(id, out var element), Is.True, id);
            Assert.That(await element.Locator.CountAsync(), Is.EqualTo(1), $"id {id} ({element})");
        }
    }

    [GeneratedRegex(@"^\t*\[(\d+)\]", RegexOptions.Multiline)]
    private static partial Regex IdPattern();
}
