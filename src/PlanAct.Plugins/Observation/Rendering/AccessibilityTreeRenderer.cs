using System.Text;
using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>
/// Renders a captured page in WebArena's accessibility-tree text: <c>[id] role 'name' prop: value</c>, one tab of
/// indentation per shown ancestor, with WebArena's pruning: unnamed structural nodes are skipped without indenting their
/// children, and a <c>StaticText</c> is dropped when it repeats text already shown. WebArena drops it when it is a substring of
/// any of the previous three lines, which also loses short values such as a colour named in a heading above; here it is
/// dropped when a shown ancestor's name contains it or one of the previous three lines has exactly that name. Pure.
/// </summary>
public static class AccessibilityTreeRenderer
{
    /// <summary>How many options of one select are listed.</summary>
    public const int MaxOptionsShown = 30;

    private static readonly HashSet<string> SkippedWhenUnnamed = new(StringComparer.Ordinal)
    {
        "generic", "img", "list", "strong", "paragraph", "banner", "navigation", "Section", "LabelText", "Legend",
        "listitem", "none", "presentation", "LineBreak", "emphasis", "rowgroup", "code", "time", "term", "definition", "figure",
    };

    /// <summary>Renders <paramref name="page"/>.</summary>
    /// <param name="page">The captured page.</param>
    /// <param name="viewportOnly">Show only nodes inside the viewport (and their ancestors).</param>
    /// <returns>The lines, each with the id it shows.</returns>
    public static RenderedObservation Render(CapturedPage page, bool viewportOnly)
    {
        ArgumentNullException.ThrowIfNull(page);
        var state = new State(new ViewportTracker(page, viewportOnly));
        if (page.Root is not null)
        {
            Visit(page.Root, 0, parentInView: true, state);
        }

        return new RenderedObservation(state.Lines)
        {
            ViewportOnly = viewportOnly,
            OmittedAbove = state.Viewport.Above,
            OmittedBelow = state.Viewport.Below,
        };
    }

    private static void Visit(CapturedNode node, int depth, bool parentInView, State state)
    {
        if (node.IsText)
        {
            var text = node.Text!.Trim();
            if (parentInView && text.Length > 0)
            {
                AddStaticText(text, depth, state);
            }

            return;
        }

        var inView = state.Viewport.InView(node, parentInView);
        var props = Properties(node);
        var shown = !IsSkipped(node, props);
        var mark = state.Lines.Count;
        if (shown)
        {
            state.Add(Line(node, props, depth), node.Role == "option" ? null : node.Id, node.Name);
            state.Ancestors.Add(node.Role == "RootWebArea" ? "" : node.Name); // the root's name is the title, not content
        }

        var childDepth = shown ? depth + 1 : depth;
        if (shown && inView && node.Value is { Length: > 0 } value && node.Tag is "input" or "textarea")
        {
            AddStaticText(value, childDepth, state);
        }

        var options = 0;
        foreach (var child in node.Children)
        {
            if (child.Role == "option" && ++options > MaxOptionsShown)
            {
                continue;
            }

            Visit(child, childDepth, inView, state);
        }

        if (options > MaxOptionsShown && inView)
        {
            state.Add($"{Indent(childDepth)}StaticText '(+{options - MaxOptionsShown} more options)'", null, "");
        }

        if (shown)
        {
            state.Ancestors.RemoveAt(state.Ancestors.Count - 1);
        }

        if (!inView && state.Lines.Count == mark + (shown ? 1 : 0))
        {
            if (shown)
            {
                state.RemoveLast();
            }

            state.Viewport.Omitted(node);
        }
    }

    private static void AddStaticText(string text, int depth, State state)
    {
        if (state.Repeats(text))
        {
            return;
        }

        state.Add($"{Indent(depth)}StaticText {PythonRepr.Quote(text)}", null, text);
    }

    private static bool IsSkipped(CapturedNode node, string props)
    {
        if (node.Role == "option" && node.Tag == "option")
        {
            return false;
        }

        if (node.Interactive && node.Role is not "listitem")
        {
            return false;
        }

        return node.Role == "listitem" || (SkippedWhenUnnamed.Contains(node.Role) && node.Name.Length == 0 && props.Length == 0);
    }

    private static string Line(CapturedNode node, string props, int depth)
    {
        var sb = new StringBuilder(64);
        sb.Append('\t', depth);
        if (node.Id is not null && node.Role != "option")
        {
            sb.Append('[').Append(node.Id).Append("] ");
        }

        sb.Append(node.Role).Append(' ').Append(PythonRepr.Quote(node.Name));
        if (props.Length > 0)
        {
            sb.Append(props);
        }

        return sb.ToString();
    }

    private static string Properties(CapturedNode node)
    {
        if (node.IsText)
        {
            return "";
        }

        var sb = new StringBuilder();
        if (node.Focused)
        {
            sb.Append(" focused: True");
        }

        if (node.Disabled)
        {
            sb.Append(" disabled: True");
        }

        if (node.HasPopup is { Length: > 0 } popup)
        {
            sb.Append(" hasPopup: ").Append(popup);
        }

        if (node.Expanded is { } expanded)
        {
            sb.Append(" expanded: ").Append(expanded ? "True" : "False");
        }

        if (node.Checked is { } isChecked)
        {
            sb.Append(" checked: ").Append(isChecked);
        }

        if (node.Pressed is { } pressed)
        {
            sb.Append(" pressed: ").Append(pressed);
        }

        if (node.Selected)
        {
            sb.Append(" selected: True");
        }

        if (node.Required)
        {
            sb.Append(" required: True");
        }

        return sb.ToString();
    }

    private static string Indent(int depth) => new('\t', depth);

    private sealed class State(ViewportTracker viewport)
    {
        private readonly List<string> _names = [];

        public List<RenderedLine> Lines { get; } = [];

        /// <summary>Names of the shown ancestors of the node being visited, outermost first.</summary>
        public List<string> Ancestors { get; } = [];

        public ViewportTracker Viewport { get; } = viewport;

        public void Add(string text, string? id, string name)
        {
            Lines.Add(id is null ? RenderedLine.Plain(text) : new RenderedLine(text, [id]));
            _names.Add(name);
        }

        public void RemoveLast()
        {
            Lines.RemoveAt(Lines.Count - 1);
            _names.RemoveAt(_names.Count - 1);
        }

        /// <summary>Whether <paramref name="text"/> is already shown: inside a shown ancestor's name, or as the name of one of the previous three lines.</summary>
        public bool Repeats(string text)
        {
            foreach (var name in Ancestors)
            {
                if (name.Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            for (var i = _names.Count - 1; i >= 0 && i >= _names.Count - 3; i--)
            {
                if (_names[i] == text)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
