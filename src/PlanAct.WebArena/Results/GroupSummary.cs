namespace PlanAct.WebArena.Results;

/// <summary>Success figures for one site group (or overall).</summary>
/// <param name="Group">The group: a site key, <c>multi-site</c>, or <c>overall</c>.</param>
/// <param name="Tasks">Tasks selected in the group.</param>
/// <param name="Finished">Tasks with a result.</param>
/// <param name="Succeeded">Tasks that succeeded.</param>
/// <param name="Errors">Tasks that errored, timed out or ran over budget.</param>
/// <param name="SuccessRate">Succeeded / Tasks (missing results count as failures).</param>
public sealed record GroupSummary(string Group, int Tasks, int Finished, int Succeeded, int Errors, double SuccessRate);
