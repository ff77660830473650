namespace PlanAct.Plugins.Observation;

/// <summary>What an observation contains and how large it may be.</summary>
public sealed class ObservationOptions
{
    /// <summary>The format. Default <see cref="ObservationFormat.AccessibilityTree"/>.</summary>
    public ObservationFormat Format { get; set; } = ObservationFormat.AccessibilityTree;

    /// <summary>Show only elements inside the viewport. Default <see langword="false"/>.</summary>
    public bool ViewportOnly { get; set; }

    /// <summary>Token budget for the observation text; longer text is truncated with a marker saying so. 0 means no limit.</summary>
    public int MaxTokens { get; set; } = 8000;

    /// <summary>
    /// When <see cref="ViewportOnly"/> is off and the whole page would render to more than this many tokens, only the
    /// viewport is shown, with a note saying how many elements lie above/below and that scrolling reveals them.
    /// 0 disables the fallback. Default 2000.
    /// </summary>
    public int ViewportFocusTokens { get; set; } = 2000;

    /// <summary>Checks the values; throws naming the bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or the format is unknown.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Format))
        {
            throw new ArgumentOutOfRangeException(nameof(Format), Format, "Observation format must be AccessibilityTree, Aria or Html.");
        }

        if (MaxTokens < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens, "MaxTokens must be 0 (no limit) or positive.");
        }

        if (ViewportFocusTokens < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ViewportFocusTokens), ViewportFocusTokens, "ViewportFocusTokens must be 0 (off) or positive.");
        }
    }
}
