using System.Globalization;
using System.Text.Json;

namespace PlanAct.Plugins.Observation.Capture;

/// <summary>Turns per-frame script results into one <see cref="CapturedPage"/>: frames grafted under their iframe elements, boxes moved to top-level viewport coordinates and clipped to their frame. Pure.</summary>
internal static class CapturedTreeBuilder
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = false, MaxDepth = 1024 };

    /// <summary>Parses what capture.js returned for one frame.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The parsed capture.</returns>
    /// <exception cref="FormatException">The text is not a capture.</exception>
    public static RawFrameCapture ParseFrame(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<RawFrameCapture>(json, JsonOptions)
                ?? throw new FormatException("The page capture script returned null.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The page capture script returned invalid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Builds the page tree from the frames' captures; the first frame is the main frame.</summary>
    /// <param name="frames">Frame captures, main frame first.</param>
    /// <returns>The page.</returns>
    public static CapturedPage Build(IReadOnlyList<FrameCaptureResult> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0)
        {
            throw new ArgumentException("At least the main frame's capture is required.", nameof(frames));
        }

        var byOwner = new Dictionary<string, FrameCaptureResult>(StringComparer.Ordinal);
        foreach (var frame in frames.Skip(1))
        {
            if (frame.OwnerElementId is not null)
            {
                byOwner.TryAdd(frame.OwnerElementId, frame);
            }
        }

        var main = frames[0].Capture;
        var viewport = new CapturedBox(0, 0, main.ViewportWidth, main.ViewportHeight);
        var root = main.Root is null ? null : Convert(main.Root, frames[0].FrameIndex, 0, 0, null, byOwner);
        return new CapturedPage(main.Title ?? "", main.Url ?? "", root)
        {
            ViewportWidth = viewport.Width,
            ViewportHeight = viewport.Height,
            ScrollY = main.ScrollY,
            ScrollHeight = main.ScrollHeight,
        };
    }

    private static CapturedNode Convert(RawNode raw, int frameIndex, double dx, double dy, CapturedBox? clip, Dictionary<string, FrameCaptureResult> byOwner)
    {
        if (raw.Tag == CapturedNode.TextTag)
        {
            return CapturedNode.TextNode(raw.Text ?? "");
        }

        CapturedBox? box = null;
        if (raw.Box is { Length: 4 } b)
        {
            var moved = new CapturedBox(b[0], b[1], b[2], b[3]).Offset(dx, dy);
            box = clip is { } c ? moved.ClipTo(c) : moved;
        }

        var id = raw.Id > 0 ? raw.Id.ToString(CultureInfo.InvariantCulture) : null;
        var children = new List<CapturedNode>(raw.Children?.Count ?? 0);
        if (raw.Children is not null)
        {
            foreach (var child in raw.Children)
            {
                children.Add(Convert(child, frameIndex, dx, dy, clip, byOwner));
            }
        }

        if (raw.Frame != 0 && id is not null && byOwner.TryGetValue(id, out var inner) && inner.Capture.Root is not null && box is { } frameBox)
        {
            var origin = raw.Box is { Length: 4 } ob ? (X: ob[0] + dx, Y: ob[1] + dy) : (X: frameBox.X, Y: frameBox.Y);
            children.Add(Convert(inner.Capture.Root, inner.FrameIndex, origin.X, origin.Y, frameBox, byOwner));
        }

        return new CapturedNode
        {
            Tag = raw.Tag,
            Role = raw.Role ?? "generic",
            HasExplicitRole = raw.ExplicitRole != 0,
            Name = raw.Name ?? "",
            NameFromLabel = raw.NameFromLabel != 0,
            Id = id,
            FrameIndex = frameIndex,
            Value = raw.Value,
            InputType = raw.InputType,
            Placeholder = raw.Placeholder,
            Checked = raw.Checked,
            Selected = raw.Selected != 0,
            Expanded = raw.Expanded is { } e ? e != 0 : null,
            Pressed = raw.Pressed switch { 1 => "true", 2 => "mixed", _ => null },
            HasPopup = raw.HasPopup,
            Disabled = raw.Disabled != 0,
            Required = raw.Required != 0,
            ReadOnly = raw.ReadOnly != 0,
            Focused = raw.Focused != 0,
            Level = raw.Level,
            Url = raw.Url,
            Interactive = raw.Interactive != 0,
            IsFrame = raw.Frame != 0,
            IsBlock = raw.Block != 0,
            SpaceAfter = raw.SpaceAfter != 0,
            Box = box,
            Children = children,
        };
    }
}
