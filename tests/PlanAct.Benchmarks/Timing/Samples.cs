namespace PlanAct.Benchmarks.Timing;

/// <summary>Timings of one measured operation, in milliseconds, with the statistics the report prints.</summary>
internal sealed class Samples
{
    private readonly List<double> _values = [];

    public int Count => _values.Count;

    public void Add(double milliseconds) => _values.Add(milliseconds);

    public double Median => Percentile(0.5);

    public double P90 => Percentile(0.9);

    /// <summary>Nearest-rank percentile (no interpolation: with 15 samples p90 is the 14th smallest).</summary>
    public double Percentile(double p)
    {
        if (_values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
