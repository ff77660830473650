namespace PlanAct.Plugins.Observation.Capture;

/// <summary>
/// One visible node of a captured page: an element (with its role, accessible name and state) or a text node.
/// Pure data; renderers turn a tree of these into observation text.
/// </summary>
public sealed class CapturedNode
{
    /// <summary>The tag name used for text nodes.</summary>
    public const string TextTag = "#text";

    /// <summary>Lower-case tag name (<c>a</c>, <c>input</c>, …) or <see cref="TextTag"/> for text.</summary>
    public required string Tag { get; init; }

    /// <summary>Explicit or implicit ARIA role (WebArena spelling for some, e.g. <c>RootWebArea</c>, <c>Iframe</c>, <c>LabelText</c>); empty for text.</summary>
    public string Role { get; init; } = "";

    /// <summary>Whether <see cref="Role"/> came from a <c>role</c> attribute.</summary>
    public bool HasExplicitRole { get; init; }

    /// <summary>Accessible name (may be empty).</summary>
    public string Name { get; init; } = "";

    /// <summary>Whether <see cref="Name"/> came from a visible label (<c>label</c>, <c>aria-labelledby</c>).</summary>
    public bool NameFromLabel { get; init; }

    /// <summary>The text of a text node, whitespace collapsed; a single leading or trailing space means it does not join its neighbours. <see langword="null"/> for elements.</summary>
    public string? Text { get; init; }

    /// <summary>The element id (unique across frames in one capture); <see langword="null"/> for text.</summary>
    public string? Id { get; init; }

    /// <summary>Index of the frame this node lives in, in capture order (0 is the main frame).</summary>
    public int FrameIndex { get; init; }

    /// <summary>Current value of a text field, select (chosen option's text) or option (its value).</summary>
    public string? Value { get; init; }

    /// <summary><c>type</c> of an input (<c>textarea</c> for text areas).</summary>
    public string? InputType { get; init; }

    /// <summary>Placeholder text of a field.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Checked state: <c>true</c>, <c>false</c>, <c>mixed</c>, or <see langword="null"/> when not checkable.</summary>
    public string? Checked { get; init; }

    /// <summary>Whether the element is selected (options, tabs).</summary>
    public bool Selected { get; init; }

    /// <summary>Expanded state, or <see langword="null"/> when not expandable.</summary>
    public bool? Expanded { get; init; }

    /// <summary>Pressed state of a toggle button: <c>true</c>, <c>mixed</c> or <see langword="null"/>.</summary>
    public string? Pressed { get; init; }

    /// <summary>The kind of popup the element opens (<c>menu</c>, <c>listbox</c>, …), if any.</summary>
    public string? HasPopup { get; init; }

    /// <summary>Whether the element is disabled.</summary>
    public bool Disabled { get; init; }

    /// <summary>Whether the field is required.</summary>
    public bool Required { get; init; }

    /// <summary>Whether the field is read-only.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Whether the element has focus.</summary>
    public bool Focused { get; init; }

    /// <summary>Heading level (1–6), 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>Absolute URL of a link or image.</summary>
    public string? Url { get; init; }

    /// <summary>Whether a user can interact with the element (link, control, click handler, pointer cursor, tabindex…).</summary>
    public bool Interactive { get; init; }

    /// <summary>Whether the element is a frame whose document is grafted in as its child.</summary>
    public bool IsFrame { get; init; }

    /// <summary>Whether the element is laid out as a block (its text does not run into its neighbours').</summary>
    public bool IsBlock { get; init; }

    /// <summary>Whether whitespace follows the element in its parent (so following text does not join onto it).</summary>
    public bool SpaceAfter { get; init; }

    /// <summary>Visible rectangle relative to the top-level viewport; <see langword="null"/> when unknown (text, options).</summary>
    public CapturedBox? Box { get; init; }

    /// <summary>Child nodes in document (flat-tree) order.</summary>
    public IReadOnlyList<CapturedNode> Children { get; init; } = [];

    /// <summary>Whether this is a text node.</summary>
    public bool IsText => Text is not null;

    /// <summary>Creates a text node.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The node.</returns>
    public static CapturedNode TextNode(string text) => new() { Tag = TextTag, Text = text };
}
