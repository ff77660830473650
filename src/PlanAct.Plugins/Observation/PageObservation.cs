namespace PlanAct.Plugins.Observation;

/// <summary>What a model sees of the browser at one step.</summary>
/// <param name="Format">The format of <see cref="Text"/>.</param>
/// <param name="Text">The full observation text: tab header, page content, and any events (dialogs, downloads).</param>
/// <param name="Url">The active tab's URL as shown to the model.</param>
/// <param name="Title">The active tab's title.</param>
public sealed record PageObservation(ObservationFormat Format, string Text, string Url, string Title)
{
    /// <summary>The open tabs, in index order.</summary>
    public IReadOnlyList<BrowserTab> Tabs { get; init; } = [];

    /// <summary>Events since the previous observation (dialogs answered, downloads saved, tabs opened), as short texts.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>Size of <see cref="Text"/> in tokens.</summary>
    public int TokenCount { get; init; }

    /// <summary>Whether the content was cut to the token budget.</summary>
    public bool Truncated { get; init; }

    /// <summary>How many element ids the observation shows.</summary>
    public int ElementCount { get; init; }
}
