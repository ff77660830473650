using System.Text.RegularExpressions;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Orchestration;

/// <summary>
/// What makes two actions "the same" for the repeated-action rule: kind, arguments, page URL and the target
/// element as the observation describes it (role and name), not its id — ids may be renumbered on every observation.
/// </summary>
internal static partial class ActionIdentity
{
    public static string Key(BrowserAction action, PageObservation observation)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(observation);
        var target = action.ElementId is null ? "" : Describe(observation.Text, action.ElementId);
        return $"{action.Kind}|{target}|{action.Argument}|{action.PressEnter}|{action.TabIndex}|{observation.Url}";
    }

    /// <summary>The observation's description of an element id (the rest of its <c>[id] role 'name'</c> line), or the id itself.</summary>
    public static string Describe(string observation, string id)
    {
        var trimmed = id.Trim().Trim('[', ']');
        foreach (Match m in AxLine().Matches(observation))
        {
            if (m.Groups["id"].Value == trimmed)
            {
                return m.Groups["rest"].Value.Trim();
            }
        }

        foreach (var line in observation.Split('\n'))
        {
            var marker = line.IndexOf($"[ref={trimmed}]", StringComparison.Ordinal);
            if (marker >= 0)
            {
                return line.Remove(marker, $"[ref={trimmed}]".Length).Trim();
            }
        }

        return "#" + trimmed;
    }

    [GeneratedRegex(@"^\s*(?:-\s*)?\[(?<id>[^\]\s]+)\]\s*(?<rest>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex AxLine();
}
