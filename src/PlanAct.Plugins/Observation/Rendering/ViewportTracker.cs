using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>Decides what is inside the viewport and counts interactive elements left out above and below it.</summary>
internal sealed class ViewportTracker
{
    private readonly double _width;
    private readonly double _height;

    public ViewportTracker(CapturedPage page, bool enabled)
    {
        _width = page.ViewportWidth;
        _height = page.ViewportHeight;
        Enabled = enabled;
    }

    public bool Enabled { get; }

    public int Above { get; private set; }

    public int Below { get; private set; }

    /// <summary>Whether <paramref name="node"/> is in view; nodes without a box inherit <paramref name="parentInView"/>.</summary>
    public bool InView(CapturedNode node, bool parentInView)
        => !Enabled || (node.Box is { } box ? box.Intersects(_width, _height) : parentInView);

    /// <summary>Records that an interactive element was left out.</summary>
    public void Omitted(CapturedNode node)
    {
        if (!node.Interactive || node.Box is not { } box || box.IsEmpty)
        {
            return;
        }

        if (box.Y + box.Height <= 0)
        {
            Above++;
        }
        else
        {
            Below++;
        }
    }
}
