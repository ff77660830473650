namespace PlanAct.Plugins.Observation.Capture;

/// <summary>One frame's capture and where it hangs in the frame tree.</summary>
/// <param name="FrameIndex">Index in capture order (0 is the main frame).</param>
/// <param name="OwnerElementId">Id of the <c>iframe</c> element holding this frame in its parent, or <see langword="null"/> for the main frame or when unknown.</param>
/// <param name="Capture">What the script returned.</param>
internal sealed record FrameCaptureResult(int FrameIndex, string? OwnerElementId, RawFrameCapture Capture);
