using NUnit.Framework;
using PlanAct.Plugins.Observation.Aria;
using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Tests.Observation;

public sealed class AriaSnapshotParserTests
{
    private const string Sample = """
        - generic [active] [ref=e1]:
          - heading "Shop" [level=1] [ref=e2]
          - link "Home" [ref=e4] [cursor=pointer]:
            - /url: /a
          - text: Search
          - searchbox "Search \"all\"" [ref=e7]: hello
          - combobox "Sort" [ref=e9]:
            - option "Price"
            - option "Name" [selected]
          - 'button "Save: now" [ref=e12]'
          - iframe [ref=e13]:
            - generic [ref=f1e1]:
              - button "Inner" [ref=f1e2]
        """;

    [Test]
    public void Parses_roles_names_refs_and_depths()
    {
        var lines = AriaSnapshotParser.Parse(Sample);
        Assert.That(lines, Has.Count.EqualTo(13));
        Assert.That(lines[1], Is.EqualTo(new AriaSnapshotLine(1, "  - heading \"Shop\" [level=1] [ref=e2]", "heading", "Shop", "e2", null)));
        Assert.That((lines[3].Role, lines[3].Ref, lines[3].Depth), Is.EqualTo(("/url", (string?)null, 2)));
        Assert.That((lines[5].Role, lines[5].Name, lines[5].Ref), Is.EqualTo(("searchbox", "Search \"all\"", "e7")));
        Assert.That((lines[9].Role, lines[9].Name, lines[9].Ref), Is.EqualTo(("button", "Save: now", "e12")));
        Assert.That((lines[12].Role, lines[12].Name, lines[12].Ref, lines[12].Depth), Is.EqualTo(("button", "Inner", "f1e2", 3)));
        Assert.That(lines[7].Ref, Is.Null);
    }

    [Test]
    public void Boxes_are_parsed_and_removed_from_the_text()
    {
        var lines = AriaSnapshotParser.Parse("- button \"Go\" [ref=e3] [box=10,20.5,80,30]");
        Assert.That(lines[0].Text, Is.EqualTo("- button \"Go\" [ref=e3]"));
        Assert.That(lines[0].Box, Is.EqualTo(new CapturedBox(10, 20.5, 80, 30)));
    }

    [Test]
    public void Viewport_rendering_keeps_visible_lines_with_ancestors_and_offsets_iframe_content()
    {
        const string snapshot = """
            - generic [ref=e1] [box=0,0,1280,3000]:
              - button "Top" [ref=e2] [box=10,10,50,20]
              - button "Bottom" [ref=e3] [box=10,2000,50,20]
              - iframe [ref=e4] [box=0,600,400,300]:
                - generic [ref=f1e1] [box=0,0,400,300]:
                  - button "In frame top" [ref=f1e2] [box=0,10,50,20]
                  - button "In frame low" [ref=f1e3] [box=0,200,50,20]
            """;
        var rendered = AriaSnapshotRenderer.Render(AriaSnapshotParser.Parse(snapshot), 1280, 720, viewportOnly: true);
        var ids = rendered.Lines.SelectMany(l => l.Ids).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "e1", "e2", "e4", "f1e1", "f1e2" }));
        Assert.That(rendered.OmittedBelow, Is.EqualTo(2));
        Assert.That(rendered.Lines.Select(l => l.Text), Has.None.Contains("box="));
    }
}
