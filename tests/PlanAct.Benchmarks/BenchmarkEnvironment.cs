namespace PlanAct.Benchmarks;

/// <summary>Facts about the run printed in the report header.</summary>
internal sealed class BenchmarkEnvironment
{
    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    public string Machine { get; } = $"{Environment.ProcessorCount} cores, .NET {Environment.Version}";

    public string BrowserVersion { get; set; } = "?";

    public int ViewportWidth { get; init; } = 1280;

    public int ViewportHeight { get; init; } = 720;

    public int Warmup { get; init; } = 3;

    public int Iterations { get; init; } = 15;

    public Dictionary<string, int> DomNodes { get; } = [];

    public List<string> Notes { get; } = [];

    public string LoadAtStart { get; } = ReadLoadAverage();

    /// <summary>The first three fields of /proc/loadavg, or "?" where there is none.</summary>
    public static string ReadLoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }
}
