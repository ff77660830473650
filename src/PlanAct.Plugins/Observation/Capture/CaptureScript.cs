namespace PlanAct.Plugins.Observation.Capture;

/// <summary>The embedded capture.js source, evaluated once per frame.</summary>
internal static class CaptureScript
{
    /// <summary>The attribute holding each captured element's id.</summary>
    public const string IdAttribute = "data-planact-id";

    private static readonly Lazy<string> Text = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The script text (a function expression taking <c>{ next, taken, main }</c>).</summary>
    public static string Source => Text.Value;

    /// <summary>The CSS selector for the element carrying <paramref name="id"/>.</summary>
    /// <param name="id">The element id.</param>
    /// <returns>The selector.</returns>
    public static string Selector(string id) => $"[{IdAttribute}='{id}']";

    private static string Load()
    {
        var assembly = typeof(CaptureScript).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Capture.capture.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The embedded resource capture.js is missing from PlanAct.Plugins.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
