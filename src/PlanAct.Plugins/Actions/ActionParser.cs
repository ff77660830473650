using PlanAct.Plugins.Actions.Parsing;

namespace PlanAct.Plugins.Actions;

/// <summary>
/// Parses an executor model's reply into a <see cref="BrowserAction"/> in one of the <see cref="ActionGrammar"/>s.
/// Tolerates a leading <c>&lt;think&gt;…&lt;/think&gt;</c> block, reasoning prose, code fences and the
/// <c>[Start of Action]…[End of Action]</c> / <c>&lt;answer&gt;…&lt;/answer&gt;</c> wrappers. Pure: the result depends only on the inputs.
/// </summary>
public static class ActionParser
{
    /// <summary>Parses <paramref name="text"/> as one action in <paramref name="grammar"/>.</summary>
    /// <param name="text">The model's reply.</param>
    /// <param name="grammar">The grammar the model was asked to use.</param>
    /// <returns>
    /// The action (with <see cref="BrowserAction.Raw"/> set to the trimmed reply), or an error that quotes what was written,
    /// says what was wrong and lists the grammar, for the model to correct its next reply.
    /// </returns>
    public static ActionParseResult Parse(string text, ActionGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseFailure.Create(text, "the reply is empty", grammar);
        }

        return grammar switch
        {
            ActionGrammar.WebArena => WebArenaGrammar.Parse(text),
            ActionGrammar.WebRL => WebRLGrammar.Parse(text),
            ActionGrammar.BrowserGym => BrowserGymGrammar.Parse(text),
            _ => throw new ArgumentOutOfRangeException(nameof(grammar), grammar, "unknown action grammar; valid: WebArena, WebRL, BrowserGym"),
        };
    }

    /// <summary>The actions of <paramref name="grammar"/> in brief, one example each (as used in parse errors and prompts).</summary>
    /// <param name="grammar">The grammar.</param>
    /// <returns>A comma-separated list such as <c>click [id], type [id] [text] [0|1], …</c>.</returns>
    public static string Syntax(ActionGrammar grammar) => ParseFailure.Syntax(grammar);
}
