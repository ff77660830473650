using PlanAct.Plugins.Actions.Parsing;

namespace PlanAct.Plugins.Actions;

/// <summary>
/// Writes a <see cref="BrowserAction"/> in one of the <see cref="ActionGrammar"/>s (for trajectories, prompts and few-shot examples).
/// <see cref="ActionParser.Parse"/> reads every formatted action back to an equal action. Pure.
/// </summary>
public static class ActionFormatter
{
    /// <summary>Writes <paramref name="action"/> in <paramref name="grammar"/>.</summary>
    /// <param name="action">The action; <see cref="BrowserActionKind.None"/> has no text form.</param>
    /// <param name="grammar">The grammar.</param>
    /// <returns>
    /// One action, e.g. <c>type [12] [hello] [1]</c>, <c>do(action="Search", argument="hello", element="12")</c> or
    /// <c>type(bid=12, value="hello", press_enter=True)</c>. Actions outside WebRL's set (a key other than Enter, goto,
    /// tabs) use this library's extensions <c>do(action="Press", argument=…)</c>, <c>"Goto"</c>, <c>"New Tab"</c>, <c>"Switch Tab"</c>, <c>"Close Tab"</c>.
    /// </returns>
    /// <exception cref="ArgumentException">The action is <see cref="BrowserActionKind.None"/>.</exception>
    public static string Format(BrowserAction action, ActionGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(action);
        return grammar switch
        {
            ActionGrammar.WebArena => WebArenaGrammar.Format(action),
            ActionGrammar.WebRL => WebRLGrammar.Format(action),
            ActionGrammar.BrowserGym => BrowserGymGrammar.Format(action),
            _ => throw new ArgumentOutOfRangeException(nameof(grammar), grammar, "unknown action grammar; valid: WebArena, WebRL, BrowserGym"),
        };
    }
}
