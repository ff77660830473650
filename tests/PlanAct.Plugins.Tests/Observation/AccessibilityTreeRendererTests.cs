using NUnit.Framework;
using PlanAct.Plugins.Observation.Capture;
using PlanAct.Plugins.Observation.Rendering;
using static PlanAct.Plugins.Tests.Observation.Nodes;

namespace PlanAct.Plugins.Tests.Observation;

public sealed class AccessibilityTreeRendererTests
{
    private static string Render(CapturedNode root, bool viewportOnly = false)
        => string.Join("\n", AccessibilityTreeRenderer.Render(Page(root), viewportOnly).Lines.Select(l => l.Text));

    [Test]
    public void Lines_are_id_role_quoted_name_indented_by_shown_depth()
    {
        var root = Body(El("nav", "navigation", "Main", "2", children: El("a", "link", "Home", "3", interactive: true, children: Text("Home"))));
        Assert.That(Render(root), Is.EqualTo("[1] RootWebArea 'T'\n\t[2] navigation 'Main'\n\t\t[3] link 'Home'"));
    }

    [Test]
    public void Unnamed_structural_nodes_are_skipped_without_indenting_children()
    {
        var root = Body(
            El("div", "generic", id: "2", children: El("ul", "list", id: "3", children:
                El("li", "listitem", "Named item", "4", children: El("button", "button", "Go", "5", interactive: true)))),
            El("div", "generic", "Labelled group", "6"));
        Assert.That(Render(root), Is.EqualTo("[1] RootWebArea 'T'\n\t[5] button 'Go'\n\t[6] generic 'Labelled group'"));
    }

    [Test]
    public void Interactive_generic_is_kept_even_without_a_name()
    {
        var root = Body(El("div", "generic", id: "2", interactive: true));
        Assert.That(Render(root), Is.EqualTo("[1] RootWebArea 'T'\n\t[2] generic ''"));
    }

    [Test]
    public void StaticText_repeating_an_ancestor_name_or_a_previous_name_is_dropped()
    {
        var root = Body(
            El("a", "link", "Home page", "2", interactive: true, children: El("span", "generic", id: "3", children: Text("Home page"))),
            El("p", "paragraph", id: "4", children: Text("Home")),
            El("button", "button", "Save", "5", interactive: true),
            El("p", "paragraph", id: "6", children: Text("Save")),
            El("p", "paragraph", id: "7", children: Text("T")));
        Assert.That(Render(root), Is.EqualTo("[1] RootWebArea 'T'\n\t[2] link 'Home page'\n\tStaticText 'Home'\n\t[5] button 'Save'\n\tStaticText 'T'"));
    }

    [Test]
    public void Properties_follow_WebArena_spelling()
    {
        var root = Body(
            new CapturedNode { Tag = "input", Role = "checkbox", Name = "Gift", Id = "2", Checked = "true", Box = InView, Interactive = true },
            new CapturedNode { Tag = "button", Role = "button", Name = "Menu", Id = "3", Expanded = false, HasPopup = "menu", Box = InView, Interactive = true },
            new CapturedNode { Tag = "input", Role = "textbox", Name = "Search", Id = "4", Focused = true, Required = true, Value = "shoes", Box = InView, Interactive = true },
            new CapturedNode { Tag = "button", Role = "button", Name = "Off", Id = "5", Disabled = true, Box = InView, Interactive = true });
        Assert.That(Render(root), Is.EqualTo(
            "[1] RootWebArea 'T'\n" +
            "\t[2] checkbox 'Gift' checked: true\n" +
            "\t[3] button 'Menu' hasPopup: menu expanded: False\n" +
            "\t[4] textbox 'Search' focused: True required: True\n" +
            "\t\tStaticText 'shoes'\n" +
            "\t[5] button 'Off' disabled: True"));
    }

    [Test]
    public void Select_options_are_listed_without_ids()
    {
        var select = new CapturedNode
        {
            Tag = "select", Role = "combobox", Name = "Sort", Id = "2", Expanded = false, HasPopup = "menu", Box = InView, Interactive = true,
            Children = [new CapturedNode { Tag = "option", Role = "option", Name = "Price", Id = "3" }, new CapturedNode { Tag = "option", Role = "option", Name = "Name", Id = "4", Selected = true }],
        };
        var rendered = AccessibilityTreeRenderer.Render(Page(Body(select)), viewportOnly: false);
        Assert.That(string.Join("\n", rendered.Lines.Select(l => l.Text)), Is.EqualTo(
            "[1] RootWebArea 'T'\n\t[2] combobox 'Sort' hasPopup: menu expanded: False\n\t\toption 'Price'\n\t\toption 'Name' selected: True"));
        Assert.That(rendered.Lines.SelectMany(l => l.Ids), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void Names_are_quoted_like_python_repr()
    {
        var root = Body(El("button", "button", "Don't", "2", interactive: true), El("button", "button", "a\\b", "3", interactive: true));
        Assert.That(Render(root), Is.EqualTo("[1] RootWebArea 'T'\n\t[2] button \"Don't\"\n\t[3] button 'a\\\\b'"));
    }

    [Test]
    public void Viewport_only_drops_nodes_outside_and_counts_them_above_and_below()
    {
        var below = new CapturedBox(0, 2000, 100, 20);
        var above = new CapturedBox(0, -500, 100, 20);
        var root = Body(
            El("button", "button", "Up", "2", above, interactive: true),
            El("button", "button", "Here", "3", interactive: true),
            El("div", "generic", "Tall wrapper", "4", new CapturedBox(0, 700, 100, 2000), children: El("a", "link", "Edge", "5", new CapturedBox(0, 710, 50, 20), interactive: true)),
            El("div", "generic", "Far", "6", below, children: [El("button", "button", "Down", "7", below, interactive: true), Text("far text")]));
        var rendered = AccessibilityTreeRenderer.Render(Page(root), viewportOnly: true);
        Assert.That(string.Join("\n", rendered.Lines.Select(l => l.Text)), Is.EqualTo(
            "[1] RootWebArea 'T'\n\t[3] button 'Here'\n\t[4] generic 'Tall wrapper'\n\t\t[5] link 'Edge'"));
        Assert.That((rendered.OmittedAbove, rendered.OmittedBelow), Is.EqualTo((1, 1)));
        Assert.That(rendered.ViewportNote, Does.Contain("1 more interactive element(s) above and 1 below"));

        var full = AccessibilityTreeRenderer.Render(Page(root), viewportOnly: false);
        Assert.That(full.ViewportNote, Is.Null);
        Assert.That(full.Lines, Has.Count.EqualTo(8));
    }
}
