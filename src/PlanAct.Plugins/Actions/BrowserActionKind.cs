namespace PlanAct.Plugins.Actions;

/// <summary>The kinds of browser action an executor can take (WebArena's action set).</summary>
public enum BrowserActionKind
{
    /// <summary>No action: the model's text did not parse.</summary>
    None = 0,

    /// <summary>Click an element by id.</summary>
    Click,

    /// <summary>Type text into an element by id, optionally pressing Enter afterwards.</summary>
    Type,

    /// <summary>Move the mouse over an element by id.</summary>
    Hover,

    /// <summary>Press a key combination such as <c>Enter</c> or <c>Control+a</c>.</summary>
    Press,

    /// <summary>Scroll the page up or down.</summary>
    Scroll,

    /// <summary>Choose an option of a drop-down (select) element by id.</summary>
    SelectOption,

    /// <summary>Navigate the active tab to a URL.</summary>
    Goto,

    /// <summary>Go back in the active tab's history.</summary>
    GoBack,

    /// <summary>Go forward in the active tab's history.</summary>
    GoForward,

    /// <summary>Open a new empty tab and make it active.</summary>
    NewTab,

    /// <summary>Make the tab with the given index active.</summary>
    TabFocus,

    /// <summary>Close the active tab.</summary>
    CloseTab,

    /// <summary>Finish the task with an answer.</summary>
    Stop,
}
