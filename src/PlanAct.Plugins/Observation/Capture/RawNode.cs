using System.Text.Json.Serialization;

namespace PlanAct.Plugins.Observation.Capture;

/// <summary>One node as capture.js serialises it.</summary>
internal sealed class RawNode
{
    [JsonPropertyName("t")] public string Tag { get; set; } = "";
    [JsonPropertyName("r")] public string? Role { get; set; }
    [JsonPropertyName("er")] public int ExplicitRole { get; set; }
    [JsonPropertyName("n")] public string? Name { get; set; }
    [JsonPropertyName("nl")] public int NameFromLabel { get; set; }
    [JsonPropertyName("i")] public int Id { get; set; }
    [JsonPropertyName("x")] public string? Text { get; set; }
    [JsonPropertyName("v")] public string? Value { get; set; }
    [JsonPropertyName("y")] public string? InputType { get; set; }
    [JsonPropertyName("p")] public string? Placeholder { get; set; }
    [JsonPropertyName("c")] public string? Checked { get; set; }
    [JsonPropertyName("s")] public int Selected { get; set; }
    [JsonPropertyName("e")] public int? Expanded { get; set; }
    [JsonPropertyName("pr")] public int Pressed { get; set; }
    [JsonPropertyName("hp")] public string? HasPopup { get; set; }
    [JsonPropertyName("d")] public int Disabled { get; set; }
    [JsonPropertyName("q")] public int Required { get; set; }
    [JsonPropertyName("ro")] public int ReadOnly { get; set; }
    [JsonPropertyName("f")] public int Focused { get; set; }
    [JsonPropertyName("l")] public int Level { get; set; }
    [JsonPropertyName("u")] public string? Url { get; set; }
    [JsonPropertyName("k")] public int Interactive { get; set; }
    [JsonPropertyName("fr")] public int Frame { get; set; }
    [JsonPropertyName("bl")] public int Block { get; set; }
    [JsonPropertyName("sa")] public int SpaceAfter { get; set; }
    [JsonPropertyName("b")] public double[]? Box { get; set; }
    [JsonPropertyName("h")] public List<RawNode>? Children { get; set; }
}
