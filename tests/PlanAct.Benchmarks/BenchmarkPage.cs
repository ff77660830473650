namespace PlanAct.Benchmarks;

/// <summary>A generated page served for the benchmark.</summary>
/// <param name="Name">Short name for the report.</param>
/// <param name="Path">Path on the local site.</param>
/// <param name="Html">The page source.</param>
internal sealed record BenchmarkPage(string Name, string Path, string Html);
