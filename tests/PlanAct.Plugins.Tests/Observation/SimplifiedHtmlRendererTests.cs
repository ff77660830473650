using NUnit.Framework;
using PlanAct.Plugins.Observation.Capture;
using PlanAct.Plugins.Observation.Rendering;
using static PlanAct.Plugins.Tests.Observation.Nodes;

namespace PlanAct.Plugins.Tests.Observation;

public sealed class SimplifiedHtmlRendererTests
{
    private static string Render(CapturedNode root, bool viewportOnly = false)
        => string.Join("\n", SimplifiedHtmlRenderer.Render(Page(root), viewportOnly).Lines.Select(l => l.Text));

    [Test]
    public void Wrappers_collapse_and_only_interactive_elements_keep_tags_and_ids()
    {
        var root = Body(
            El("div", "generic", id: "2", children: El("div", "generic", id: "3", children: El("span", "generic", id: "4", children: Text("Hello")))),
            El("h2", "heading", "Results", "5", children: Text("Results")) is var h ? new CapturedNode { Tag = h.Tag, Role = h.Role, Name = h.Name, Id = h.Id, Box = h.Box, Level = 2, Children = h.Children } : null!,
            El("p", "paragraph", id: "6", children: [Text("See"), El("a", "link", "the docs", "7", interactive: true, children: Text("the docs")) is var a ? new CapturedNode { Tag = a.Tag, Role = a.Role, Name = a.Name, Id = a.Id, Box = a.Box, Interactive = true, Url = "http://127.0.0.1:5000/docs?q=1" } : null!, Text("now")]));
        Assert.That(Render(root), Is.EqualTo("Hello\n<h2>Results</h2>\nSee <a id=\"7\" href=\"/docs?q=1\">the docs</a> now"));
    }

    [Test]
    public void Text_that_touches_in_the_page_joins_and_separated_text_keeps_a_space()
    {
        var root = Body(El("p", "paragraph", id: "2", children:
        [
            Text("Total: $"), El("span", "generic", id: "3", children: Text("12")), Text(".50 "),
            El("span", "generic", id: "4", children: Text("incl. tax")) is var tax ? new CapturedNode { Tag = tax.Tag, Role = tax.Role, Id = tax.Id, Box = tax.Box, SpaceAfter = true, Children = tax.Children } : null!,
            Text("today"),
            El("div", "generic", id: "5", children: Text("block")) is var div ? new CapturedNode { Tag = "span", Role = div.Role, Id = div.Id, Box = div.Box, IsBlock = true, Children = div.Children } : null!,
            Text("after"),
        ]));
        Assert.That(Render(root), Is.EqualTo("Total: $12.50 incl. tax today block after"));
    }

    [Test]
    public void Innermost_interactive_element_gets_the_id()
    {
        var root = Body(El("div", "generic", "Card", "2", interactive: true, children: [Text("Card"), El("button", "button", "Buy", "3", interactive: true, children: Text("Buy"))]));
        var rendered = SimplifiedHtmlRenderer.Render(Page(root), viewportOnly: false);
        Assert.That(rendered.Lines.Select(l => l.Text), Is.EqualTo(new[] { "Card <button id=\"3\">Buy</button>" }));
        Assert.That(rendered.Lines.SelectMany(l => l.Ids), Is.EqualTo(new[] { "3" }));
    }

    [Test]
    public void Form_controls_show_their_state()
    {
        var root = Body(
            new CapturedNode { Tag = "input", Role = "textbox", Name = "Email", NameFromLabel = false, Id = "2", InputType = "email", Placeholder = "you@x", Value = "a@b", Required = true, Box = InView, Interactive = true },
            new CapturedNode { Tag = "input", Role = "checkbox", Name = "Gift", NameFromLabel = true, Id = "3", InputType = "checkbox", Checked = "true", Box = InView, Interactive = true },
            new CapturedNode
            {
                Tag = "select", Role = "combobox", Name = "Sort", NameFromLabel = true, Id = "4", Box = InView, Interactive = true,
                Children = [new CapturedNode { Tag = "option", Role = "option", Name = "Price" }, new CapturedNode { Tag = "option", Role = "option", Name = "Name", Selected = true }],
            },
            new CapturedNode { Tag = "button", Role = "button", Name = "Send", Id = "5", Disabled = true, Box = InView, Interactive = true },
            new CapturedNode { Tag = "textarea", Role = "textbox", Name = "Note", NameFromLabel = true, Id = "6", InputType = "textarea", Value = "hi <b>", Box = InView, Interactive = true });
        Assert.That(Render(root), Is.EqualTo(
            "<input id=\"2\" type=\"email\" aria-label=\"Email\" placeholder=\"you@x\" value=\"a@b\"> " +
            "<input id=\"3\" type=\"checkbox\" checked> " +
            "<select id=\"4\"><option>Price</option><option selected>Name</option></select> " +
            "<button id=\"5\" disabled>Send</button> " +
            "<textarea id=\"6\">hi &lt;b&gt;</textarea>"));
    }

    [Test]
    public void Table_cells_are_separated_and_rows_are_lines()
    {
        var row = (string a, string b, string id) => El("tr", "row", id: id, children: [El("td", "cell", a, children: Text(a)), El("td", "cell", b, children: Text(b))]);
        var root = Body(El("table", "table", id: "2", children: [row("Name", "Price", "3"), row("Pen", "$2", "4")]));
        Assert.That(Render(root), Is.EqualTo("Name | Price\nPen | $2"));
    }

    [Test]
    public void Viewport_only_keeps_visible_controls_and_counts_the_rest()
    {
        var cards = Enumerable.Range(0, 100).Select(i => El("li", "listitem", id: $"{100 + i}", box: new CapturedBox(0, i * 50, 500, 40), children:
            [Text($"Product {i}"), El("button", "button", $"Add {i}", $"{1000 + i}", new CapturedBox(300, i * 50, 80, 30), interactive: true, children: Text($"Add {i}"))])).ToArray();
        var root = Body(El("ul", "list", id: "2", box: new CapturedBox(0, 0, 500, 5000), children: cards));
        var rendered = SimplifiedHtmlRenderer.Render(Page(root), viewportOnly: true);
        var ids = rendered.Lines.SelectMany(l => l.Ids).ToList();
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 15).Select(i => $"{1000 + i}")));
        Assert.That(rendered.OmittedBelow, Is.EqualTo(85));
        Assert.That(rendered.ViewportNote, Does.Contain("85 more interactive element(s) below"));
    }
}
