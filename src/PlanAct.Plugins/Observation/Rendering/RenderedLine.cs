namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>One line of rendered observation text and the element ids it shows.</summary>
/// <param name="Text">The line, without a line break.</param>
/// <param name="Ids">Ids shown on this line (often none or one).</param>
public sealed record RenderedLine(string Text, IReadOnlyList<string> Ids)
{
    /// <summary>A line that shows no ids.</summary>
    /// <param name="text">The line.</param>
    /// <returns>The line.</returns>
    public static RenderedLine Plain(string text) => new(text, []);
}
