using PlanAct.Agents.Running;

namespace PlanAct.Agents.Orchestration;

/// <summary>A decision to end a task.</summary>
/// <param name="Status">Why the task ends.</param>
/// <param name="Reason">A readable explanation.</param>
/// <param name="Answer">The final answer, for <see cref="WebTaskStatus.Completed"/>.</param>
public sealed record TerminationDecision(WebTaskStatus Status, string Reason, string? Answer = null);
