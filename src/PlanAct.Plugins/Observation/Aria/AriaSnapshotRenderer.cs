using PlanAct.Plugins.Observation.Rendering;

namespace PlanAct.Plugins.Observation.Aria;

/// <summary>Renders parsed aria snapshot lines (boxes removed), optionally only those inside the viewport and their ancestors. Pure.</summary>
public static class AriaSnapshotRenderer
{
    private static readonly HashSet<string> InteractiveRoles = new(StringComparer.Ordinal)
    {
        "button", "link", "textbox", "searchbox", "combobox", "checkbox", "radio", "switch", "tab", "menuitem",
        "menuitemcheckbox", "menuitemradio", "slider", "spinbutton", "listbox", "treeitem",
    };

    /// <summary>Renders <paramref name="lines"/>.</summary>
    /// <param name="lines">The parsed snapshot.</param>
    /// <param name="viewportWidth">Viewport width.</param>
    /// <param name="viewportHeight">Viewport height.</param>
    /// <param name="viewportOnly">Keep only lines in view (and their ancestors).</param>
    /// <returns>The rendered lines.</returns>
    public static RenderedObservation Render(IReadOnlyList<AriaSnapshotLine> lines, double viewportWidth, double viewportHeight, bool viewportOnly)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!viewportOnly)
        {
            return new RenderedObservation(lines.Select(ToRendered).ToList());
        }

        var count = lines.Count;
        var parent = new int[count];
        var inView = new bool[count];
        var keep = new bool[count];
        var offsets = new (double X, double Y)[count];
        var stack = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            while (stack.Count > 0 && lines[stack.Peek()].Depth >= line.Depth)
            {
                stack.Pop();
            }

            var p = stack.Count > 0 ? stack.Peek() : -1;
            parent[i] = p;
            var offset = p < 0 ? (0d, 0d) : offsets[p];
            if (p >= 0 && lines[p].Role == "iframe" && lines[p].Box is { } frameBox)
            {
                offset = (offset.Item1 + frameBox.X, offset.Item2 + frameBox.Y);
            }

            offsets[i] = offset;
            var parentInView = p < 0 || inView[p];
            inView[i] = line.Box is { IsEmpty: false } box ? box.Offset(offset.Item1, offset.Item2).Intersects(viewportWidth, viewportHeight) : parentInView;
            keep[i] = inView[i];
            stack.Push(i);
        }

        for (var i = count - 1; i >= 0; i--)
        {
            if (keep[i] && parent[i] >= 0)
            {
                keep[parent[i]] = true;
            }
        }

        var rendered = new List<RenderedLine>();
        int above = 0, below = 0;
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            if (keep[i])
            {
                rendered.Add(ToRendered(line));
            }
            else if (line.Ref is not null && InteractiveRoles.Contains(line.Role) && line.Box is { IsEmpty: false } box)
            {
                if (box.Offset(offsets[i].X, offsets[i].Y) is { } moved && moved.Y + moved.Height <= 0)
                {
                    above++;
                }
                else
                {
                    below++;
                }
            }
        }

        return new RenderedObservation(rendered) { ViewportOnly = true, OmittedAbove = above, OmittedBelow = below };
    }

    private static RenderedLine ToRendered(AriaSnapshotLine line)
        => line.Ref is null ? RenderedLine.Plain(line.Text) : new RenderedLine(line.Text, [line.Ref]);
}
