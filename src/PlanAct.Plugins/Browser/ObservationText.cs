using System.Text;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Browser;

/// <summary>Composes the full observation text: WebArena's tab header, the page content, then events. Pure.</summary>
public static class ObservationText
{
    /// <summary>The tab header, WebArena style: <c>Tab 0: Title | Tab 1 (current): Title</c>.</summary>
    /// <param name="tabs">The open tabs in index order.</param>
    /// <returns>The header line.</returns>
    public static string TabHeader(IReadOnlyList<BrowserTab> tabs)
    {
        ArgumentNullException.ThrowIfNull(tabs);
        return string.Join(" | ", tabs.Select(t => t.IsActive ? $"Tab {t.Index} (current): {t.Title}" : $"Tab {t.Index}: {t.Title}"));
    }

    /// <summary>Builds the observation text.</summary>
    /// <param name="tabs">The open tabs.</param>
    /// <param name="content">The rendered page content.</param>
    /// <param name="events">Events since the previous observation.</param>
    /// <returns>Header, a blank line, the content, and an <c>Events:</c> list when there are events.</returns>
    public static string Compose(IReadOnlyList<BrowserTab> tabs, string content, IReadOnlyList<string> events)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder(TabHeader(tabs)).Append("\n\n").Append(content.TrimEnd());
        if (events.Count > 0)
        {
            text.Append("\n\nEvents:");
            foreach (var e in events)
            {
                text.Append("\n- ").Append(e);
            }
        }

        return text.ToString();
    }
}
