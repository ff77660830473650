using System.Globalization;

namespace PlanAct.Benchmarks;

/// <summary>
/// Command-line settings: <c>--iterations N --warmup N --chromium PATH --out FILE --steps N --only observe|steps
/// --pages catalog,forum --quiet 40,100</c>.
/// </summary>
internal sealed class BenchmarkSettings
{
    public int Iterations { get; private set; } = 15;

    public int Warmup { get; private set; } = 3;

    public int Steps { get; private set; } = 20;

    /// <summary>The browser to launch; <see langword="null"/> finds it the way the product does (BrowserLocator).</summary>
    public string? ChromiumPath { get; private set; }

    public string? OutputPath { get; private set; }

    /// <summary>Measure observation capture (default true; <c>--only steps</c> turns it off).</summary>
    public bool Observe { get; private set; } = true;

    /// <summary>Measure step overhead (default true; <c>--only observe</c> turns it off).</summary>
    public bool Step { get; private set; } = true;

    /// <summary>Page names to run; empty runs every page.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>Settle quiet windows to measure steps with; empty measures the <see cref="PlanAct.Plugins.Browser.BrowserOptions"/> default only.</summary>
    public IReadOnlyList<int> QuietWindows { get; private set; } = [];

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--iterations":
                    settings.Iterations = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    settings.Warmup = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--steps":
                    settings.Steps = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--chromium":
                    settings.ChromiumPath = value;
                    break;
                case "--out":
                    settings.OutputPath = value;
                    break;
                case "--only":
                    settings.Observe = value == "observe";
                    settings.Step = value == "steps";
                    if (!settings.Observe && !settings.Step)
                    {
                        throw new ArgumentException($"--only is '{value}'; use observe or steps");
                    }

                    break;
                case "--pages":
                    settings.Pages = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--quiet":
                    settings.QuietWindows = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}; valid: --iterations N, --warmup N, --steps N, --chromium PATH, --out FILE, --only observe|steps, --pages a,b, --quiet ms,ms");
            }

            i++;
        }

        return settings;
    }
}
