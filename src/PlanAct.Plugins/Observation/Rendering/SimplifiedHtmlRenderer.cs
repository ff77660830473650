using System.Text;
using PlanAct.Plugins.Observation.Capture;

namespace PlanAct.Plugins.Observation.Rendering;

/// <summary>
/// Renders a captured page as compact WebRL-style HTML: only interactive elements keep a tag, with an <c>id</c> (the
/// innermost interactive element wins when they nest) and a few useful attributes; headings keep their tag; other
/// wrappers collapse into text, one line per block. Pure.
/// </summary>
public static class SimplifiedHtmlRenderer
{
    /// <summary>How many options of one select are listed.</summary>
    public const int MaxOptionsShown = 30;

    /// <summary>Longest <c>href</c> shown; longer ones are cut with an ellipsis.</summary>
    public const int MaxHrefLength = 120;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tr", "ul", "br", "caption", "iframe", "frame", "legend", "menu", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>Renders <paramref name="page"/>.</summary>
    /// <param name="page">The captured page.</param>
    /// <param name="viewportOnly">Show only the viewport.</param>
    /// <returns>The rendered lines.</returns>
    public static RenderedObservation Render(CapturedPage page, bool viewportOnly)
    {
        ArgumentNullException.ThrowIfNull(page);
        var writer = new Writer(new ViewportTracker(page, viewportOnly), Origin(page.Url));
        if (page.Root is not null)
        {
            var labelled = new HashSet<CapturedNode>(ReferenceEqualityComparer.Instance);
            MarkInnermostInteractive(page.Root, labelled);
            writer.Targets = labelled;
            Visit(page.Root, parentInView: true, writer);
            writer.Flush();
        }

        return new RenderedObservation(writer.Lines)
        {
            ViewportOnly = viewportOnly,
            OmittedAbove = writer.Viewport.Above,
            OmittedBelow = writer.Viewport.Below,
        };
    }

    /// <summary>Adds to <paramref name="targets"/> every interactive element with no interactive descendant; returns whether the subtree has one.</summary>
    private static bool MarkInnermostInteractive(CapturedNode node, HashSet<CapturedNode> targets)
    {
        var below = false;
        foreach (var child in node.Children)
        {
            if (!child.IsText && MarkInnermostInteractive(child, targets))
            {
                below = true;
            }
        }

        if (node.Interactive && node.Id is not null && (!below || node.Tag is "select"))
        {
            targets.Add(node);
            return true;
        }

        return below;
    }

    private static void Visit(CapturedNode node, bool parentInView, Writer writer)
    {
        if (node.IsText)
        {
            if (parentInView)
            {
                writer.Text(node.Text!);
            }

            return;
        }

        var inView = writer.Viewport.InView(node, parentInView);
        if (writer.Targets.Contains(node))
        {
            if (inView)
            {
                writer.Element(Element(node, writer.Origin), node.Id!);
            }
            else
            {
                writer.Viewport.Omitted(node);
            }

            return;
        }

        var block = BlockTags.Contains(node.Tag);
        var heading = node.Role == "heading" && inView;
        if (block)
        {
            writer.Flush();
        }
        else if (node.IsBlock)
        {
            writer.BreakGlue();
        }

        if (node.Tag is "td" or "th")
        {
            writer.Separator(" | ");
        }
        else if (node.Tag is "dd")
        {
            writer.Separator(": ");
        }

        if (heading)
        {
            writer.OpenTag($"<h{Math.Clamp(node.Level, 1, 6)}>");
        }

        foreach (var child in node.Children)
        {
            Visit(child, inView, writer);
        }

        if (heading)
        {
            writer.CloseTag($"</h{Math.Clamp(node.Level, 1, 6)}>");
        }

        if (block && node.Tag != "dt")
        {
            writer.Flush();
        }
        else if (node.IsBlock || node.SpaceAfter)
        {
            writer.BreakGlue();
        }
    }

    private static string Element(CapturedNode node, string origin)
    {
        var sb = new StringBuilder(80);
        var tag = node.Tag;
        sb.Append('<').Append(tag).Append(" id=\"").Append(node.Id).Append('"');
        if (tag == "input" && node.InputType is { Length: > 0 } type && type != "text")
        {
            Attr(sb, "type", type);
        }

        if (node.HasExplicitRole)
        {
            Attr(sb, "role", node.Role);
        }

        var isField = tag is "input" or "textarea" or "select";
        if (isField && node.Name.Length > 0 && !node.NameFromLabel && node.Name != node.Placeholder)
        {
            Attr(sb, "aria-label", node.Name);
        }

        if (node.Placeholder is { Length: > 0 } placeholder)
        {
            Attr(sb, "placeholder", placeholder);
        }

        if (tag == "input" && node.Value is { Length: > 0 } value)
        {
            Attr(sb, "value", value);
        }

        if (tag == "a" && node.Url is { Length: > 0 } url)
        {
            Attr(sb, "href", ShortHref(url, origin));
        }

        if (node.Checked is { } isChecked)
        {
            if (tag == "input")
            {
                if (isChecked == "true")
                {
                    sb.Append(" checked");
                }
            }
            else
            {
                Attr(sb, "aria-checked", isChecked);
            }
        }

        if (node.Expanded is { } expanded && tag != "select")
        {
            Attr(sb, "aria-expanded", expanded ? "true" : "false");
        }

        if (node.Selected && tag != "option")
        {
            Attr(sb, "aria-selected", "true");
        }

        if (node.Disabled)
        {
            sb.Append(" disabled");
        }

        if (node.ReadOnly)
        {
            sb.Append(" readonly");
        }

        if (!isField && node.Value is not null && tag is not "option")
        {
            sb.Append(" contenteditable");
            if (node.Name.Length > 0 && node.Name != node.Value)
            {
                Attr(sb, "aria-label", node.Name);
            }
        }

        if (tag == "input")
        {
            return sb.Append('>').ToString();
        }

        sb.Append('>');
        if (tag == "select")
        {
            AppendOptions(sb, node);
        }
        else if (tag == "textarea" || (node.Value is not null && !isField))
        {
            sb.Append(Escape(node.Value ?? ""));
        }
        else
        {
            sb.Append(Escape(node.Name));
        }

        return sb.Append("</").Append(tag).Append('>').ToString();
    }

    private static void AppendOptions(StringBuilder sb, CapturedNode select)
    {
        var shown = 0;
        var total = 0;
        foreach (var option in Options(select))
        {
            total++;
            if (shown >= MaxOptionsShown && !option.Selected)
            {
                continue;
            }

            shown++;
            sb.Append(option.Selected ? "<option selected>" : "<option>").Append(Escape(option.Name)).Append("</option>");
        }

        if (total > shown)
        {
            sb.Append("(+").Append(total - shown).Append(" more)");
        }
    }

    private static IEnumerable<CapturedNode> Options(CapturedNode node)
    {
        foreach (var child in node.Children)
        {
            if (child.Role == "option")
            {
                yield return child;
            }
            else if (!child.IsText)
            {
                foreach (var nested in Options(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static void Attr(StringBuilder sb, string name, string value)
        => sb.Append(' ').Append(name).Append("=\"").Append(value.Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');

    private static string ShortHref(string url, string origin)
    {
        var href = origin.Length > 0 && url.StartsWith(origin, StringComparison.OrdinalIgnoreCase) && url.Length > origin.Length && url[origin.Length] == '/'
            ? url[origin.Length..]
            : url;
        return href.Length > MaxHrefLength ? href[..(MaxHrefLength - 1)] + "\u2026" : href;
    }

    private static string Origin(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : "";

    private static string Escape(string text)
        => text.AsSpan().IndexOfAny('<', '>') < 0 ? text : text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private sealed class Writer(ViewportTracker viewport, string origin)
    {
        private readonly StringBuilder _line = new();
        private readonly List<string> _ids = [];
        private bool _glue;
        private bool _afterOpenTag;

        public List<RenderedLine> Lines { get; } = [];

        public ViewportTracker Viewport { get; } = viewport;

        public string Origin { get; } = origin;

        public HashSet<CapturedNode> Targets { get; set; } = [];

        /// <summary>Appends text; text that touches the previous text without whitespace in the page joins it without a space.</summary>
        public void Text(string raw)
        {
            var trimmed = raw.Trim();
            if (trimmed.Length == 0)
            {
                _glue = false;
                return;
            }

            var join = _afterOpenTag || (_glue && raw[0] != ' ');
            if (!join)
            {
                Space();
            }

            _line.Append(Escape(trimmed));
            _glue = raw[^1] != ' ';
            _afterOpenTag = false;
        }

        public void Element(string html, string id)
        {
            if (!_afterOpenTag)
            {
                Space();
            }

            _line.Append(html);
            _ids.Add(id);
            _glue = false;
            _afterOpenTag = false;
        }

        public void OpenTag(string tag)
        {
            Space();
            _line.Append(tag);
            _afterOpenTag = true;
        }

        public void CloseTag(string tag)
        {
            _line.Append(tag);
            _glue = false;
            _afterOpenTag = false;
        }

        public void BreakGlue() => _glue = false;

        public void Separator(string separator)
        {
            if (_line.Length > 0)
            {
                _line.Append(separator);
                _afterOpenTag = true;
            }
        }

        public void Flush()
        {
            _glue = false;
            _afterOpenTag = false;
            if (_line.Length == 0)
            {
                return;
            }

            Lines.Add(new RenderedLine(_line.ToString(), [.. _ids]));
            _line.Clear();
            _ids.Clear();
        }

        private void Space()
        {
            if (_line.Length > 0 && _line[^1] != ' ')
            {
                _line.Append(' ');
            }
        }
    }
}
