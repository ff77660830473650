using System.Diagnostics;

namespace PlanAct.Benchmarks.Timing;

/// <summary>
/// A Stopwatch harness: run an operation a few times untimed (JIT, Playwright channel and page caches warm up),
/// then time each of the measured runs separately and report median and p90.
/// </summary>
/// <remarks>
/// Why not BenchmarkDotNet: every operation here is an I/O round trip to a real browser that takes 1–300 ms and depends
/// on a live page and browser process. BenchmarkDotNet's process-per-benchmark model and its pilot/overhead/workload
/// phases would relaunch Chromium per case and run hundreds of iterations, taking tens of minutes on the 2 shared cores,
/// while its nanosecond-level corrections are irrelevant at millisecond scale. What matters for these targets is the
/// distribution over realistic repeated calls (median, p90), which this harness reports; Stopwatch resolution (&lt;1 µs) is ample.
/// A full GC before each series keeps collections of earlier series out of the measured runs.
/// </remarks>
internal static class Measure
{
    public static async Task<(Samples Samples, T Last)> RunAsync<T>(int warmup, int iterations, Func<int, Task<T>> operation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        for (var i = 0; i < warmup; i++)
        {
            await operation(i);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var samples = new Samples();
        T last = default!;
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            last = await operation(warmup + i);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return (samples, last);
    }
}
