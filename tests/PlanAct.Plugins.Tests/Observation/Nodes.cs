using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Tests.Observation;

/// <summary>Builders for hand-made captured trees.</summary>
internal static class Nodes
{
    public static readonly CapturedBox InView = new(10, 10, 100, 20);

    public static CapturedNode El(string tag, string role, string name = "", string? id = null, CapturedBox? box = null, bool interactive = false, params CapturedNode[] children)
        => new() { Tag = tag, Role = role, Name = name, Id = id, Box = box ?? InView, Interactive = interactive, Children = children };

    public static CapturedNode Text(string text) => CapturedNode.TextNode(text);

    public static CapturedPage Page(CapturedNode root, string title = "T", string url = "http://127.0.0.1:5000/start")
        => new(title, url, root) { ViewportWidth = 1280, ViewportHeight = 720, ScrollHeight = 5000 };

    public static CapturedNode Body(params CapturedNode[] children) => El("body", "RootWebArea", "T", "1", children: children);
}
