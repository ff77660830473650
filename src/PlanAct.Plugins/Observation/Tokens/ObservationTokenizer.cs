using System.Text;
using Microsoft.ML.Tokenizers;
using PlanAct.Plugins.Observation.Rendering;

namespace PlanAct.Plugins.Observation.Tokens;

/// <summary>Counts tokens with the o200k_base encoding (GPT-4o) and cuts rendered observations to a token budget at line boundaries.</summary>
public static class ObservationTokenizer
{
    private static readonly Lazy<Tokenizer> Shared = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared tokenizer instance.</summary>
    public static Tokenizer Tokenizer => Shared.Value;

    /// <summary>Counts the tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The token count.</returns>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? 0 : Tokenizer.CountTokens(text);
    }

    /// <summary>The marker appended when content was cut.</summary>
    /// <param name="maxTokens">The budget.</param>
    /// <returns>The marker line.</returns>
    public static string TruncationMarker(int maxTokens)
        => $"[... observation truncated at {maxTokens} tokens; scroll or narrow down to see more]";

    /// <summary>
    /// Joins <paramref name="observation"/>'s lines (plus its viewport note) into text of at most <paramref name="maxTokens"/> tokens
    /// (0 = no limit), cutting at a line boundary and appending <see cref="TruncationMarker"/> when content was dropped.
    /// </summary>
    /// <param name="observation">The rendered observation.</param>
    /// <param name="maxTokens">The budget; 0 or less means no limit.</param>
    /// <returns>The text, its token count, the ids it shows, and whether it was cut.</returns>
    public static FittedText Fit(RenderedObservation observation, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var note = observation.ViewportNote;
        var full = Join(observation.Lines, observation.Lines.Count, note, marker: null);
        var fullCount = Count(full);
        if (maxTokens <= 0 || fullCount <= maxTokens)
        {
            return new FittedText(full, fullCount, CollectIds(observation.Lines, observation.Lines.Count), Truncated: false);
        }

        var marker = TruncationMarker(maxTokens);
        var reserve = Count(marker) + (note is null ? 0 : Count(note)) + 2;
        var budget = maxTokens - reserve;
        var used = 0;
        var kept = 0;
        foreach (var line in observation.Lines)
        {
            var cost = Count(line.Text) + 1;
            if (used + cost > budget)
            {
                break;
            }

            used += cost;
            kept++;
        }

        var text = Join(observation.Lines, kept, note, marker);
        var count = Count(text);
        while (count > maxTokens && kept > 0)
        {
            // Per-line counts can underestimate slightly where tokens merge across line breaks.
            kept--;
            text = Join(observation.Lines, kept, note, marker);
            count = Count(text);
        }

        return new FittedText(text, count, CollectIds(observation.Lines, kept), Truncated: true);
    }

    private static string Join(IReadOnlyList<RenderedLine> lines, int count, string? note, string? marker)
    {
        var sb = new StringBuilder(count * 48);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            sb.Append(lines[i].Text);
        }

        foreach (var extra in new[] { marker, note })
        {
            if (extra is null)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(extra);
        }

        return sb.ToString();
    }

    private static List<string> CollectIds(IReadOnlyList<RenderedLine> lines, int count)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ids.AddRange(lines[i].Ids);
        }

        return ids;
    }
}
