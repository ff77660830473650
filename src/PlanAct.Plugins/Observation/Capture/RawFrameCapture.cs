using System.Text.Json.Serialization;

namespace PlanAct.Plugins.Observation.Capture;

/// <summary>What capture.js returns for one frame (short JSON keys keep the payload small).</summary>
internal sealed class RawFrameCapture
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("vw")] public double ViewportWidth { get; set; }
    [JsonPropertyName("vh")] public double ViewportHeight { get; set; }
    [JsonPropertyName("sx")] public double ScrollX { get; set; }
    [JsonPropertyName("sy")] public double ScrollY { get; set; }
    [JsonPropertyName("sw")] public double ScrollWidth { get; set; }
    [JsonPropertyName("sh")] public double ScrollHeight { get; set; }
    [JsonPropertyName("next")] public int Next { get; set; }
    [JsonPropertyName("root")] public RawNode? Root { get; set; }
}
