using System.Globalization;

namespace PlanAct.WebArena.Suite;

/// <summary>A shard <c>i/n</c> (1-based): this machine runs every n-th selected task starting at the i-th.</summary>
/// <param name="Index">The shard number, 1..<paramref name="Count"/>.</param>
/// <param name="Count">The number of shards.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>i/n</c>, e.g. <c>2/4</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The shard.</returns>
    /// <exception cref="FormatException">Not of the form i/n with 1 ≤ i ≤ n.</exception>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new ShardSpec(index, count);
        }

        throw new FormatException($"Shard '{text}' must be i/n with 1 <= i <= n, e.g. 1/4.");
    }

    /// <summary>The tasks of this shard: positions i-1, i-1+n, … of the list sorted by task id.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The selected items, in a stable order.</param>
    /// <returns>This shard's items.</returns>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Where((_, position) => position % Count == Index - 1).ToList();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
