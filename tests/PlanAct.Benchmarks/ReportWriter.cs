using System.Globalization;
using System.Text;

namespace PlanAct.Benchmarks;

/// <summary>Renders the measurements and the target checks as markdown. Pure.</summary>
internal static class ReportWriter
{
    public const string AriaRepresentation = "Playwright AriaSnapshot (AI mode), whole page";

    public const double TokenRatioTarget = 0.25;

    public const double TimeRatioTarget = 1.0;

    public const double StepMedianTargetMs = 150;

    public static string Write(BenchmarkEnvironment environment, IReadOnlyList<ObservationRow> rows, IReadOnlyList<StepRow> steps, string executorRepresentation)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# PlanAct observation and step benchmark").AppendLine();
        sb.AppendLine(Inv($"Run {environment.StartedUtc:yyyy-MM-dd HH:mm} UTC · {environment.Machine} · Chromium {environment.BrowserVersion} headless · viewport {environment.ViewportWidth}×{environment.ViewportHeight} · {environment.Warmup} warm-up + {environment.Iterations} measured runs per row · tokens: o200k_base"));
        sb.AppendLine();
        sb.AppendLine("## Observation capture").AppendLine();
        sb.AppendLine("| Page | DOM nodes | Representation | median ms | p90 ms | tokens | chars | ids | viewport elements addressable | truncated |");
        sb.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            environment.DomNodes.TryGetValue(row.Page, out var nodes);
            sb.AppendLine(Inv($"| {row.Page} | {nodes:N0} | {row.Representation} | {row.Timing.Median:F1} | {row.Timing.P90:F1} | {row.Tokens:N0} | {row.Characters:N0} | {row.Elements:N0} | {row.Coverage?.ToString() ?? "–"} | {(row.Truncated ? "yes" : "no")} |"));
        }

        sb.AppendLine().AppendLine("## Targets").AppendLine();
        sb.AppendLine(Inv($"Executor observation = `{executorRepresentation}`; compared with `{AriaRepresentation}` measured in the same run."));
        sb.AppendLine();
        sb.AppendLine("| Page | executor tokens | aria tokens | token ratio (≤ 25 %) | viewport addressable (all) | executor median ms | aria median ms | time ratio (≤ 1.0×) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var page in rows.Select(r => r.Page).Distinct())
        {
            var executor = rows.FirstOrDefault(r => r.Page == page && r.Representation == executorRepresentation);
            var aria = rows.FirstOrDefault(r => r.Page == page && r.Representation == AriaRepresentation);
            if (executor is null || aria is null)
            {
                continue;
            }

            var tokenRatio = (double)executor.Tokens / Math.Max(1, aria.Tokens);
            var timeRatio = executor.Timing.Median / aria.Timing.Median;
            var coverageOk = executor.Coverage is { Missing: 0 };
            sb.AppendLine(Inv($"| {page} | {executor.Tokens:N0} | {aria.Tokens:N0} | {tokenRatio:P1} {Mark(tokenRatio <= TokenRatioTarget)} | {executor.Coverage?.ToString() ?? "–"} {Mark(coverageOk)} | {executor.Timing.Median:F1} | {aria.Timing.Median:F1} | {timeRatio:F2}× {Mark(timeRatio <= TimeRatioTarget)} |"));
        }

        var missingExamples = rows.Where(r => r.Representation == executorRepresentation && r.Coverage is { Missing: > 0 }).ToList();
        if (missingExamples.Count > 0)
        {
            sb.AppendLine().AppendLine("Viewport elements without an id in the executor observation (first few per page):").AppendLine();
            foreach (var row in missingExamples)
            {
                foreach (var example in row.Coverage!.Examples)
                {
                    sb.AppendLine(Inv($"- {row.Page}: `{example.Replace('`', '\'').Replace('\n', ' ')}`"));
                }
            }
        }

        sb.AppendLine().AppendLine("## Step overhead (BrowserSession: action + settle + next executor observation)").AppendLine();
        sb.AppendLine("| Page | actions cycled | settle quiet window | step median ms (≤ 150) | step p90 ms | action + settle median ms | action + settle median by kind | observation median ms | failed actions |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---|---:|---:|");
        foreach (var step in steps)
        {
            var marker = Mark(step.Timing.Median <= StepMedianTargetMs);
            sb.AppendLine(Inv($"| {step.Page} | {step.Actions} | {step.SettleQuietMs} ms | {step.Timing.Median:F1} {marker} | {step.Timing.P90:F1} | {step.ActionTiming.Median:F1} | {ByKind(step)} | {step.ObserveTiming.Median:F1} | {step.Failures} |"));
        }

        sb.AppendLine().AppendLine(Inv($"Load average (1/5/15 min) at start: {environment.LoadAtStart}; at end: {BenchmarkEnvironment.ReadLoadAverage()}. Timings on a shared machine under load are upper bounds."));
        if (environment.Notes.Count > 0)
        {
            sb.AppendLine().AppendLine("## Notes").AppendLine();
            foreach (var note in environment.Notes)
            {
                sb.AppendLine(note);
            }
        }

        return sb.ToString();
    }

    private static string ByKind(StepRow step)
        => string.Join(", ", step.ActionTimingByKind.Select(k => Inv($"{k.Key} {k.Value.Median:F0}")));

    private static string Mark(bool ok) => ok ? "✅" : "❌";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
