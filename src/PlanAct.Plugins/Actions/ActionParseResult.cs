namespace PlanAct.Plugins.Actions;

/// <summary>The result of parsing an executor's text into a <see cref="BrowserAction"/>.</summary>
/// <param name="Action">The parsed action, or <see langword="null"/> when the text did not parse.</param>
/// <param name="Error">When parsing failed: what was wrong and the expected grammar, written for the model to read.</param>
public sealed record ActionParseResult(BrowserAction? Action, string? Error)
{
    /// <summary>Whether the text parsed into an action.</summary>
    public bool Success => Action is not null;
}
