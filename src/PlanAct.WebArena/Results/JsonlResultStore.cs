using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanAct.WebArena.Results;

/// <summary>
/// Task results appended to a JSONL file, one whole line per task, flushed to disk before returning, so killing a run
/// at any moment loses no finished result. A torn last line (from a kill mid-write) is skipped when reading.
/// </summary>
public sealed class JsonlResultStore
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates a store on <paramref name="path"/> (created on first append).</summary>
    /// <param name="path">The JSONL file.</param>
    public JsonlResultStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The file path.</summary>
    public string Path { get; }

    /// <summary>Appends one result as a single line and flushes it to disk.</summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels waiting for the file.</param>
    /// <returns>A task that completes when the line is on disk.</returns>
    public async Task AppendAsync(TaskResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bytes = Encoding.UTF8.GetBytes(Serialize(result) + "\n");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            if (stream.Position > 0 && !EndsWithNewline(Path, stream.Position))
            {
                await stream.WriteAsync("\n"u8.ToArray(), CancellationToken.None);
            }

            await stream.WriteAsync(bytes, CancellationToken.None);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads every whole result line; unreadable lines (a torn last line) are skipped.</summary>
    /// <returns>The results in file order.</returns>
    public IReadOnlyList<TaskResult> ReadAll() => Read(Path);

    /// <summary>Reads the results of a JSONL file; unreadable lines are skipped.</summary>
    /// <param name="path">The file; a missing file gives no results.</param>
    /// <returns>The results in file order.</returns>
    public static IReadOnlyList<TaskResult> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return [];
        }

        var results = new List<TaskResult>();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<TaskResult>(line, Json) is { } result)
                {
                    results.Add(result);
                }
            }
            catch (JsonException)
            {
                // A line torn by a kill mid-write; the task will simply run again.
            }
        }

        return results;
    }

    /// <summary>Serializes one result as a single JSON line (no newline).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(TaskResult result) => JsonSerializer.Serialize(result, Json);

    /// <summary>
    /// Merges result files (e.g. from several shards) into one: per task the last completed result wins, else the last
    /// result. Returns the merged results sorted by task id and writes them to <paramref name="outputPath"/> when given.
    /// </summary>
    /// <param name="inputPaths">The JSONL files.</param>
    /// <param name="outputPath">Where to write the merged JSONL, or <see langword="null"/>.</param>
    /// <returns>The merged results.</returns>
    public static IReadOnlyList<TaskResult> Merge(IEnumerable<string> inputPaths, string? outputPath = null)
    {
        ArgumentNullException.ThrowIfNull(inputPaths);
        var merged = inputPaths.SelectMany(Read)
            .GroupBy(r => r.TaskId)
            .Select(g => g.LastOrDefault(r => r.Status == TaskRunStatus.Completed) ?? g.Last())
            .OrderBy(r => r.TaskId)
            .ToList();
        if (outputPath is not null)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(outputPath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllLines(outputPath, merged.Select(Serialize));
        }

        return merged;
    }

    private static bool EndsWithNewline(string path, long length)
    {
        using var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        read.Seek(length - 1, SeekOrigin.Begin);
        return read.ReadByte() == '\n';
    }
}
