namespace PlanAct.Agents.Running;

/// <summary>How the executor expresses its browser action.</summary>
public enum ExecutorMode
{
    /// <summary>Native tool calls: the browser plugin's functions are offered as tools and auto-invoked.</summary>
    Tools,

    /// <summary>Text in the WebArena bracket grammar (<c>click [12]</c>), parsed and executed by the runner.</summary>
    WebArena,

    /// <summary>Text in the WebRL grammar (<c>do(action="Click", element="12")</c>), parsed and executed by the runner.</summary>
    WebRL,

    /// <summary>Text in the BrowserGym-like grammar (<c>click(bid=12)</c>), parsed and executed by the runner.</summary>
    BrowserGym,
}
