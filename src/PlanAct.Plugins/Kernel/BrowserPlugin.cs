using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.AI;
using Microsoft.Playwright;
using Microsoft.SemanticKernel;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;

namespace PlanAct.Plugins.Kernel;

/// <summary>
/// The WebArena browser actions as Semantic Kernel functions (<c>click</c>, <c>type</c>, <c>hover</c>, <c>press</c>, <c>scroll</c>,
/// <c>select_option</c>, <c>goto</c>, <c>go_back</c>, <c>go_forward</c>, <c>new_tab</c>, <c>tab_focus</c>, <c>close_tab</c>, <c>stop</c>)
/// over one <see cref="BrowserSession"/>. Every function returns the short outcome text; failures come back as
/// <c>error: …</c> text, never as exceptions. Use <see cref="AsAITools"/> for M.E.AI / Agent Framework tools.
/// </summary>
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Parameter names are the tool's snake_case argument names that models write.")]
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Parameter names are the tool's snake_case argument names that models write.")]
public sealed class BrowserPlugin
{
    /// <summary>The plugin name used when the functions are registered in a kernel.</summary>
    public const string PluginName = "browser";

    private const string IdDescription = "Element id: the number (or ref) in square brackets in the observation, e.g. 12 for [12].";

    private readonly BrowserSession _session;

    /// <summary>Creates the plugin over a session.</summary>
    /// <param name="session">The browser session the actions run in.</param>
    public BrowserPlugin(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
    }

    /// <summary>The outcome of the most recent action run through this plugin (check <see cref="ActionOutcome.IsStop"/> after <c>stop</c>).</summary>
    public ActionOutcome? LastOutcome { get; private set; }

    /// <summary>Clicks an element.</summary>
    /// <param name="id">Element id from the observation.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("click")]
    [Description("Click an element on the page.")]
    public Task<string> ClickAsync([Description(IdDescription)] string id, CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = id }, cancellationToken);

    /// <summary>Types into a text field, replacing its content.</summary>
    /// <param name="id">Element id from the observation.</param>
    /// <param name="text">The text.</param>
    /// <param name="press_enter">Press Enter afterwards.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("type")]
    [Description("Type text into a text field. Clears the field first.")]
    public Task<string> TypeAsync(
        [Description(IdDescription)] string id,
        [Description("The text to type.")] string text,
        [Description("true to press Enter after typing (e.g. to submit a search); false to only type.")] bool press_enter = false,
        CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.Type) { ElementId = id, Argument = text, PressEnter = press_enter }, cancellationToken);

    /// <summary>Moves the mouse over an element.</summary>
    /// <param name="id">Element id from the observation.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("hover")]
    [Description("Move the mouse over an element (e.g. to open a menu).")]
    public Task<string> HoverAsync([Description(IdDescription)] string id, CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.Hover) { ElementId = id }, cancellationToken);

    /// <summary>Presses a key combination.</summary>
    /// <param name="key_comb">The keys, e.g. <c>Enter</c> or <c>Ctrl+a</c>.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("press")]
    [Description("Press a key or key combination on the focused element.")]
    public Task<string> PressAsync(
        [Description("Key names joined with +, e.g. Enter, Tab, Escape, ArrowDown, Ctrl+a.")] string key_comb,
        CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.Press) { Argument = key_comb }, cancellationToken);

    /// <summary>Scrolls the page by about one screen.</summary>
    /// <param name="direction"><c>up</c> or <c>down</c>.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("scroll")]
    [Description("Scroll the page by one screen.")]
    public Task<string> ScrollAsync([Description("down or up.")] string direction, CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.Scroll) { Argument = direction }, cancellationToken);

    /// <summary>Chooses an option of a drop-down list.</summary>
    /// <param name="id">Element id of the drop-down.</param>
    /// <param name="option">The option's text.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("select_option")]
    [Description("Choose an option in a drop-down list (combobox).")]
    public Task<string> SelectOptionAsync(
        [Description(IdDescription)] string id,
        [Description("The option's text as shown, e.g. Newest first.")] string option,
        CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.SelectOption) { ElementId = id, Argument = option }, cancellationToken);

    /// <summary>Opens a URL in the current tab.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("goto")]
    [Description("Open a URL in the current tab.")]
    public Task<string> GotoAsync([Description("The full URL, e.g. http://example.com/page.")] string url, CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.Goto) { Argument = url }, cancellationToken);

    /// <summary>Goes back in the current tab's history.</summary>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("go_back")]
    [Description("Go back to the previous page.")]
    public Task<string> GoBackAsync(CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.GoBack), cancellationToken);

    /// <summary>Goes forward in the current tab's history.</summary>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("go_forward")]
    [Description("Go forward to the next page (after go_back).")]
    public Task<string> GoForwardAsync(CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.GoForward), cancellationToken);

    /// <summary>Opens a new empty tab.</summary>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("new_tab")]
    [Description("Open a new empty tab and switch to it.")]
    public Task<string> NewTabAsync(CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.NewTab), cancellationToken);

    /// <summary>Switches to a tab.</summary>
    /// <param name="index">The tab index.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("tab_focus")]
    [Description("Switch to another open tab.")]
    public Task<string> TabFocusAsync(
        [Description("Tab number from the tab list at the top of the observation, e.g. 0 for 'Tab 0'.")] int index,
        CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.TabFocus) { TabIndex = index }, cancellationToken);

    /// <summary>Closes the current tab.</summary>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("close_tab")]
    [Description("Close the current tab.")]
    public Task<string> CloseTabAsync(CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.CloseTab), cancellationToken);

    /// <summary>Finishes the task.</summary>
    /// <param name="answer">The answer, or N/A.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>The outcome text.</returns>
    [KernelFunction("stop")]
    [Description("Finish the task. Call when the task is done or cannot be done.")]
    public Task<string> StopAsync(
        [Description("The answer if the task asks for information; otherwise a short summary. N/A if the task is impossible.")] string answer,
        CancellationToken cancellationToken = default)
        => RunAsync(new BrowserAction(BrowserActionKind.Stop) { Argument = answer }, cancellationToken);

    /// <summary>
    /// The same functions as M.E.AI tools (names <c>click</c>, <c>type</c>, …), built with <see cref="AIFunctionFactory"/>
    /// so their JSON schemas are plain JSON Schema (no Semantic Kernel <c>condition</c> key).
    /// </summary>
    /// <returns>One tool per action, in declaration order.</returns>
    public IReadOnlyList<AITool> AsAITools()
    {
        var tools = new List<AITool>();
        foreach (var method in typeof(BrowserPlugin).GetMethods(BindingFlags.Public | BindingFlags.Instance).OrderBy(m => m.MetadataToken))
        {
            var function = method.GetCustomAttribute<KernelFunctionAttribute>();
            if (function?.Name is null)
            {
                continue;
            }

            tools.Add(AIFunctionFactory.Create(method, this, new AIFunctionFactoryOptions
            {
                Name = function.Name,
                Description = method.GetCustomAttribute<DescriptionAttribute>()?.Description,
            }));
        }

        return tools;
    }

    /// <summary>The same functions as a Semantic Kernel plugin named <see cref="PluginName"/>.</summary>
    /// <returns>The plugin.</returns>
    public KernelPlugin AsKernelPlugin() => KernelPluginFactory.CreateFromObject(this, PluginName);

    private async Task<string> RunAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        try
        {
            LastOutcome = await _session.ExecuteAsync(action, cancellationToken).ConfigureAwait(false);
            return LastOutcome.Message;
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or ObjectDisposedException or TimeoutException)
        {
            LastOutcome = new ActionOutcome(false, "error: the browser failed: " + ex.Message.Split('\n')[0].Trim());
            return LastOutcome.Message;
        }
    }
}
