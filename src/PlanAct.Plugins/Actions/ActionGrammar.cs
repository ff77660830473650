namespace PlanAct.Plugins.Actions;

/// <summary>The text grammars in which executor models write actions.</summary>
public enum ActionGrammar
{
    /// <summary>WebArena brackets: <c>click [12]</c>, <c>type [12] [text] [1]</c>, <c>stop [answer]</c>.</summary>
    WebArena,

    /// <summary>WebRL calls: <c>do(action="Click", element="12")</c>, <c>exit(message="...")</c>.</summary>
    WebRL,

    /// <summary>BrowserGym calls: <c>click(bid=12)</c>, <c>type(bid=12, value="...", press_enter=True)</c>.</summary>
    BrowserGym,
}
