namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>The outcome of scanning one call: the call, or what was wrong.</summary>
/// <param name="Call">The scanned call, when it scanned.</param>
/// <param name="Error">What was wrong, when it did not.</param>
internal sealed record ScanResult(PythonCall? Call, string? Error)
{
    /// <summary>A successful scan.</summary>
    public static ScanResult Ok(PythonCall call) => new(call, null);

    /// <summary>A failed scan.</summary>
    public static ScanResult Fail(string error) => new(null, error);
}
