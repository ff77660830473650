using PlanAct.Benchmarks.Timing;

namespace PlanAct.Benchmarks;

/// <summary>Step overhead (action + settle + next observation) measured through a browser session.</summary>
/// <param name="Page">The page name.</param>
/// <param name="Actions">The actions cycled through, in executor grammar form.</param>
/// <param name="SettleQuietMs">The session's DOM quiet window.</param>
/// <param name="Timing">Whole step times.</param>
/// <param name="ActionTiming">The action-and-settle part of each step.</param>
/// <param name="ObserveTiming">The observation part of each step.</param>
/// <param name="Failures">Steps whose action outcome was unsuccessful (warm-up included).</param>
internal sealed record StepRow(string Page, string Actions, int SettleQuietMs, Samples Timing, Samples ActionTiming, Samples ObserveTiming, int Failures)
{
    /// <summary>The action-and-settle part per action kind (e.g. click, type, scroll).</summary>
    public IReadOnlyDictionary<string, Samples> ActionTimingByKind { get; init; } = new Dictionary<string, Samples>();
}
