namespace PlanAct.WebArena.Evaluation;

/// <summary>The outcome of one LLM judge call.</summary>
/// <param name="Score">1 or 0.</param>
/// <param name="Prompt">The user message sent.</param>
/// <param name="Reply">The model's reply.</param>
/// <param name="Model">The judge model, when known.</param>
public sealed record JudgeVerdict(double Score, string Prompt, string Reply, string? Model);
