using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Observation;

/// <summary>
/// One captured page: the rendered content in the requested format, and the map from every id it shows
/// to the live element, valid until the next snapshot of the same page.
/// </summary>
public sealed class PageSnapshot
{
    private readonly IReadOnlyDictionary<string, ElementHandleInfo> _elements;

    /// <summary>Creates a snapshot.</summary>
    /// <param name="format">The format of <paramref name="content"/>.</param>
    /// <param name="content">The rendered page content (no tab header).</param>
    /// <param name="elements">Every id shown in <paramref name="content"/>, mapped to how to find the element.</param>
    public PageSnapshot(ObservationFormat format, string content, IReadOnlyDictionary<string, ElementHandleInfo> elements)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(elements);
        Format = format;
        Content = content;
        _elements = elements;
    }

    /// <summary>The format of <see cref="Content"/>.</summary>
    public ObservationFormat Format { get; }

    /// <summary>The rendered page content.</summary>
    public string Content { get; }

    /// <summary>Size of <see cref="Content"/> in tokens.</summary>
    public int TokenCount { get; init; }

    /// <summary>Whether <see cref="Content"/> was cut to the token budget.</summary>
    public bool Truncated { get; init; }

    /// <summary>The captured tree the content was rendered from (<see langword="null"/> for the aria format).</summary>
    public CapturedPage? Tree { get; init; }

    /// <summary>How many ids <see cref="Content"/> shows.</summary>
    public int ElementCount => _elements.Count;

    /// <summary>Every id shown, in no particular order.</summary>
    public IEnumerable<string> Ids => _elements.Keys;

    /// <summary>Looks up an id shown in this snapshot.</summary>
    /// <param name="id">The id as the model wrote it (surrounding brackets and whitespace are tolerated).</param>
    /// <param name="element">The element's description and locator when found.</param>
    /// <returns><see langword="true"/> when the id was shown in this snapshot.</returns>
    public bool TryGetElement(string id, out ElementHandleInfo element)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = id.Trim().Trim('[', ']', '"', '\'').Trim();
        return _elements.TryGetValue(key, out element!);
    }
}
