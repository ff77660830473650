namespace PlanAct.Agents.Prompts;

/// <summary>The system prompts of one run. Each is byte-identical across the run's steps, so providers can cache it.</summary>
/// <param name="PlannerRules">The planner's role and rules (the stable prefix, sent first).</param>
/// <param name="PlannerFormat">The planner's reply-format rules (stable, sent right after <paramref name="PlannerRules"/>).</param>
/// <param name="Executor">The executor's system prompt for the configured mode.</param>
public sealed record PromptSet(string PlannerRules, string PlannerFormat, string Executor)
{
    /// <summary>The whole planner system prompt: rules, a blank line, format.</summary>
    public string PlannerSystem => PlannerRules.TrimEnd() + "\n\n" + PlannerFormat.TrimEnd();
}
