using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Observation.Aria;

/// <summary>One parsed line of a Playwright AI-mode aria snapshot.</summary>
/// <param name="Depth">Nesting depth (0 for top-level lines).</param>
/// <param name="Text">The line as shown to the model: original indentation and content, without any <c>[box=…]</c>.</param>
/// <param name="Role">The role (<c>button</c>, <c>link</c>, …), <c>text</c> for text lines, or the key of a property line such as <c>/url</c>.</param>
/// <param name="Name">The quoted accessible name, unescaped (empty when none).</param>
/// <param name="Ref">The element ref (<c>e12</c>, <c>f1e2</c>) or <see langword="null"/>.</param>
/// <param name="Box">The element's box as Playwright reported it (relative to its own frame), when boxes were requested.</param>
public sealed record AriaSnapshotLine(int Depth, string Text, string Role, string Name, string? Ref, CapturedBox? Box);
