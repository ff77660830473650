namespace PlanAct.Plugins.Observation.Capture;

/// <summary>An element's visible rectangle in CSS pixels, relative to the top-level viewport.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct CapturedBox(double X, double Y, double Width, double Height)
{
    /// <summary>Whether the box has no area.</summary>
    public bool IsEmpty => Width <= 0 || Height <= 0;

    /// <summary>Whether the box overlaps the rectangle <c>(0, 0, width, height)</c> with a positive area.</summary>
    /// <param name="width">Viewport width.</param>
    /// <param name="height">Viewport height.</param>
    /// <returns><see langword="true"/> when some of the box is inside the viewport.</returns>
    public bool Intersects(double width, double height)
        => !IsEmpty && X < width && Y < height && X + Width > 0 && Y + Height > 0;

    /// <summary>Moves the box by an offset.</summary>
    /// <param name="dx">Horizontal offset.</param>
    /// <param name="dy">Vertical offset.</param>
    /// <returns>The moved box.</returns>
    public CapturedBox Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>The part of this box inside <paramref name="clip"/> (empty when they do not overlap).</summary>
    /// <param name="clip">The clipping rectangle.</param>
    /// <returns>The intersection.</returns>
    public CapturedBox ClipTo(CapturedBox clip)
    {
        var left = Math.Max(X, clip.X);
        var top = Math.Max(Y, clip.Y);
        var right = Math.Min(X + Width, clip.X + clip.Width);
        var bottom = Math.Min(Y + Height, clip.Y + clip.Height);
        return right <= left || bottom <= top ? new CapturedBox(left, top, 0, 0) : new CapturedBox(left, top, right - left, bottom - top);
    }
}
