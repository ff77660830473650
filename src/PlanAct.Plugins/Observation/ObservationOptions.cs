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
}
