namespace PlanAct.Agents.Check;

/// <summary>One line of a connection check.</summary>
/// <param name="Role">Planner or Executor.</param>
/// <param name="Check">What was checked, e.g. <c>API key</c>.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Detail">What was found (key label and credits, model listed, reply).</param>
/// <param name="Latency">Round-trip time, when measured.</param>
/// <param name="FailureReason">Why it failed, or null.</param>
public sealed record ConnectionCheckRow(string Role, string Check, bool Passed, string Detail, TimeSpan? Latency = null, string? FailureReason = null);
