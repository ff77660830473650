using System.Globalization;

namespace PlanAct.Benchmarks;

/// <summary>Command-line settings: <c>--iterations N --warmup N --chromium PATH --out FILE --steps N</c>.</summary>
internal sealed class BenchmarkSettings
{
    public int Iterations { get; private set; } = 15;

    public int Warmup { get; private set; } = 3;

    public int Steps { get; private set; } = 20;

    /// <summary>The browser to launch; <see langword="null"/> finds it the way the product does (BrowserLocator).</summary>
    public string? ChromiumPath { get; private set; }

    public string? OutputPath { get; private set; }

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
                default:
                    throw new ArgumentException($"unknown option {args[i]}; valid: --iterations N, --warmup N, --steps N, --chromium PATH, --out FILE");
            }

            i++;
        }

        return settings;
    }
}
