using PlanAct.Benchmarks.Timing;

namespace PlanAct.Benchmarks;

/// <summary>Step overhead (action + settle + next observation) measured through a browser session.</summary>
/// <param name="Page">The page name.</param>
/// <param name="Actions">The actions cycled through, in executor grammar form.</param>
/// <param name="Timing">Step times.</param>
/// <param name="Failures">Steps whose action outcome was unsuccessful.</param>
internal sealed record StepRow(string Page, string Actions, Samples Timing, int Failures);
