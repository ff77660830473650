using PlanAct.Benchmarks.Timing;

namespace PlanAct.Benchmarks;

/// <summary>One measured representation of one page.</summary>
/// <param name="Page">The page name.</param>
/// <param name="Representation">What was captured (observer format and scope, or Playwright's aria snapshot).</param>
/// <param name="Timing">Capture times.</param>
/// <param name="Tokens">Size in o200k tokens.</param>
/// <param name="Characters">Size in characters.</param>
/// <param name="Elements">Element ids (or aria refs) shown.</param>
/// <param name="Coverage">Viewport interactive elements it can address, when checked.</param>
/// <param name="Truncated">Whether the observer cut the text to its token budget.</param>
internal sealed record ObservationRow(
    string Page,
    string Representation,
    Samples Timing,
    int Tokens,
    int Characters,
    int Elements,
    CoverageResult? Coverage,
    bool Truncated);
