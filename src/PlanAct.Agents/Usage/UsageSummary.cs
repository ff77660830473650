using PlanAct.Agents.Connectors;

namespace PlanAct.Agents.Usage;

/// <summary>A snapshot of usage: the run's totals and the totals per role and per task (for reports and JSON output).</summary>
/// <param name="Run">Totals of the whole run.</param>
/// <param name="ByRole">Totals per role (roles without calls are included with zero totals).</param>
/// <param name="ByTask">Totals per task id, in first-seen order.</param>
public sealed record UsageSummary(
    UsageTotals Run,
    IReadOnlyDictionary<ModelRole, UsageTotals> ByRole,
    IReadOnlyList<KeyValuePair<string, UsageTotals>> ByTask);
