namespace PlanAct.Plugins.Observation.Tokens;

/// <summary>Observation text cut to a token budget.</summary>
/// <param name="Text">The text.</param>
/// <param name="TokenCount">Its size in tokens.</param>
/// <param name="Ids">The element ids the kept text shows, in order.</param>
/// <param name="Truncated">Whether content was dropped.</param>
public sealed record FittedText(string Text, int TokenCount, IReadOnlyList<string> Ids, bool Truncated);
