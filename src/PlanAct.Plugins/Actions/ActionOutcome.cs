namespace PlanAct.Plugins.Actions;

/// <summary>The result of executing one browser action: a short text a model can read and act on.</summary>
/// <param name="Success">Whether the action was carried out.</param>
/// <param name="Message">Short outcome text, e.g. <c>clicked [12] button 'Search'</c> or <c>error: no element with id 99 on this page</c>.</param>
public sealed record ActionOutcome(bool Success, string Message)
{
    /// <summary>Whether this action ended the task (<see cref="BrowserActionKind.Stop"/>).</summary>
    public bool IsStop { get; init; }

    /// <summary>The answer given with a stop action.</summary>
    public string? Answer { get; init; }

    /// <summary>The URL of the active tab after the action and settle.</summary>
    public string? Url { get; init; }

    /// <summary>Returns the outcome text the model sees.</summary>
    public override string ToString() => Message;
}
