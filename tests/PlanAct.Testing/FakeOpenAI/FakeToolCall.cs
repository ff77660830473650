namespace PlanAct.Testing.FakeOpenAI;

/// <summary>A tool call the fake model returns.</summary>
/// <param name="Name">Function name, e.g. <c>browser_click</c>.</param>
/// <param name="ArgumentsJson">Arguments as a JSON object text, e.g. <c>{"id":"12"}</c>.</param>
/// <param name="Id">Call id; generated when null.</param>
public sealed record FakeToolCall(string Name, string ArgumentsJson = "{}", string? Id = null);
