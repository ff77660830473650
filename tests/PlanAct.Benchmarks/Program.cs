using PlanAct.Benchmarks;

// Observation and step-overhead benchmark (issue 2). Run on demand, not in CI:
//   dotnet run -c Release --project tests/PlanAct.Benchmarks [-- --iterations 15 --warmup 3 --steps 20]
// Quick subsets: --only observe|steps, --pages catalog,forum, --quiet 40,100 (settle quiet windows to compare).
// Prints a markdown table and writes it to artifacts/benchmarks/results.md.
var settings = BenchmarkSettings.Parse(args);
var report = await ObservationBenchmark.RunAsync(settings);
Console.WriteLine(report);
var output = settings.OutputPath ?? Path.Combine(ObservationBenchmark.FindRepositoryRoot(), "artifacts", "benchmarks", "results.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine($"written to {output}");
