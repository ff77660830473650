using System.ComponentModel;
using Microsoft.Extensions.AI;
using PlanAct.Plugins.Actions;

namespace PlanAct.Agents.Tests.Support;

/// <summary>
/// Tools for <see cref="FakeWeb"/> shaped like the browser plugin's (<c>click(id)</c>, <c>type(id, text, press_enter)</c>, …):
/// each builds one <see cref="BrowserAction"/> and returns the outcome text.
/// </summary>
public static class FakeWebTools
{
    public static IReadOnlyList<AIFunction> Create(Func<BrowserAction, CancellationToken, Task<ActionOutcome>> execute)
    {
        ArgumentNullException.ThrowIfNull(execute);
        async Task<string> Run(BrowserAction action, CancellationToken ct) => (await execute(action, ct)).Message;

        return
        [
            AIFunctionFactory.Create(
                ([Description("Element id from the current page")] string id, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.Click) { ElementId = id }, ct),
                "click", "Click an element."),
            AIFunctionFactory.Create(
                ([Description("Element id from the current page")] string id, [Description("Text to type")] string text, [Description("Press Enter after typing")] bool press_enter, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.Type) { ElementId = id, Argument = text, PressEnter = press_enter }, ct),
                "type", "Clear a field and type text into it, optionally pressing Enter."),
            AIFunctionFactory.Create(
                ([Description("Element id from the current page")] string id, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.Hover) { ElementId = id }, ct),
                "hover", "Move the mouse over an element."),
            AIFunctionFactory.Create(
                ([Description("Key combination, e.g. Enter or Control+a")] string key, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.Press) { Argument = key }, ct),
                "press", "Press a key combination."),
            AIFunctionFactory.Create(
                ([Description("down or up")] string direction, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.Scroll) { Argument = direction }, ct),
                "scroll", "Scroll the page."),
            AIFunctionFactory.Create(
                ([Description("Element id of the select")] string id, [Description("Option text")] string option, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.SelectOption) { ElementId = id, Argument = option }, ct),
                "select_option", "Choose an option of a drop-down."),
            AIFunctionFactory.Create(
                ([Description("Absolute URL")] string url, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.Goto) { Argument = url }, ct),
                "goto", "Open a URL in the active tab."),
            AIFunctionFactory.Create(
                (CancellationToken ct) => Run(new BrowserAction(BrowserActionKind.GoBack), ct),
                "go_back", "Go back in history."),
            AIFunctionFactory.Create(
                (CancellationToken ct) => Run(new BrowserAction(BrowserActionKind.GoForward), ct),
                "go_forward", "Go forward in history."),
            AIFunctionFactory.Create(
                (CancellationToken ct) => Run(new BrowserAction(BrowserActionKind.NewTab), ct),
                "new_tab", "Open a new tab."),
            AIFunctionFactory.Create(
                ([Description("Tab index")] int index, CancellationToken ct)
                    => Run(new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = index }, ct),
                "tab_focus", "Switch to a tab."),
            AIFunctionFactory.Create(
                (CancellationToken ct) => Run(new BrowserAction(BrowserActionKind.CloseTab), ct),
                "close_tab", "Close the active tab."),
        ];
    }
}
