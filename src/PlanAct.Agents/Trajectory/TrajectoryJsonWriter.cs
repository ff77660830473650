using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanAct.Agents.Trajectory;

/// <summary>Writes a trajectory as indented JSON (enums as names, screenshots as base64).</summary>
public static class TrajectoryJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Renders the document.</summary>
    /// <param name="document">The trajectory.</param>
    /// <returns>The JSON text.</returns>
    public static string Render(TrajectoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var compact = document with { Result = document.Result with { Trajectory = [] } };
        return JsonSerializer.Serialize(compact, Options);
    }

    /// <summary>Reads a trajectory written by <see cref="Render"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    public static TrajectoryDocument Parse(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return JsonSerializer.Deserialize<TrajectoryDocument>(json, Options)
            ?? throw new JsonException("The trajectory JSON is null.");
    }
}
