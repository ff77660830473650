namespace PlanAct.Plugins.Observation.Aria;

/// <summary>Parses Playwright's AI-mode aria snapshot text into lines with refs, roles and names. Pure.</summary>
public static class AriaSnapshotParser
{
    /// <summary>Parses <paramref name="snapshot"/>.</summary>
    /// <param name="snapshot">The YAML-like snapshot text.</param>
    /// <returns>The lines in order.</returns>
    public static IReadOnlyList<AriaSnapshotLine> Parse(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        throw new NotSupportedException("The aria format is not implemented yet.");
    }
}
