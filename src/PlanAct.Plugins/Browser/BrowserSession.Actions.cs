using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Browser;

/// <summary>Action execution: one method per <see cref="BrowserActionKind"/>, each returning a short outcome.</summary>
public sealed partial class BrowserSession
{
    private async Task<ActionOutcome> RunActionAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        if (action.Kind == BrowserActionKind.Stop)
        {
            var answer = action.Argument ?? "";
            return new ActionOutcome(true, $"stopped with answer '{Shorten(answer, 200)}'") { IsStop = true, Answer = answer, Url = SafeCurrentUrl() };
        }

        if (action.Kind == BrowserActionKind.None)
        {
            return Fail("error: no action was recognised; write exactly one action from the action list");
        }

        _events.StartAction();
        try
        {
            return await RunPageActionAsync(action, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "{Kind} failed outside the action itself", action.Kind);
            return Fail($"error: {Verb(action.Kind)} failed: the browser reported {FirstLine(ex.Message)}");
        }
    }

    private async Task<ActionOutcome> RunPageActionAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var before = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        var urlBefore = before.Url;
        var actionStarted = Stopwatch.GetTimestamp();
        string message;
        bool success;
        try
        {
            (success, message) = action.Kind switch
            {
                BrowserActionKind.Click => await ClickAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.Type => await TypeAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.Hover => await HoverAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.Press => await PressAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.Scroll => await ScrollAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.SelectOption => await SelectOptionAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.Goto => await GotoAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.GoBack => await HistoryAsync(back: true, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.GoForward => await HistoryAsync(back: false, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.NewTab => await NewTabAsync(cancellationToken).ConfigureAwait(false),
                BrowserActionKind.TabFocus => await TabFocusAsync(action, cancellationToken).ConfigureAwait(false),
                BrowserActionKind.CloseTab => await CloseTabAsync(cancellationToken).ConfigureAwait(false),
                _ => (false, $"error: unsupported action {action.Kind}"),
            };
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogDebug(ex, "{Kind} failed", action.Kind);
            success = false;
            message = $"error: {Verb(action.Kind)} failed: {FirstLine(ex.Message)}";
        }

        await SettleAsync(actionStarted, cancellationToken).ConfigureAwait(false);
        try
        {
            if (await RecoverFromBlockedNavigationsAsync(cancellationToken).ConfigureAwait(false))
            {
                await SettleAsync(Stopwatch.GetTimestamp(), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogDebug(ex, "Returning from a blocked navigation failed");
        }

        var after = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder(message);
        if (!ReferenceEquals(after, before) && action.Kind is not (BrowserActionKind.NewTab or BrowserActionKind.TabFocus or BrowserActionKind.CloseTab))
        {
            text.Append(CultureInfo.InvariantCulture, $"; now on tab {IndexOf(after)}");
        }

        if (after.Url != urlBefore || !ReferenceEquals(after, before))
        {
            text.Append("; url: ").Append(ToDisplay(after.Url));
        }

        foreach (var e in _events.DrainForAction().Where(e => !e.StartsWith("tab ", StringComparison.Ordinal)))
        {
            text.Append("; ").Append(e);
        }

        return new ActionOutcome(success, text.ToString()) { Url = ToDisplay(after.Url) };
    }

    private ActionOutcome Fail(string message) => new(false, message) { Url = SafeCurrentUrl() };

    private string? SafeCurrentUrl()
    {
        lock (_tabsLock)
        {
            return _active is null ? null : ToDisplay(_active.Url);
        }
    }

    private static string Verb(BrowserActionKind kind) => kind switch
    {
        BrowserActionKind.SelectOption => "select_option",
        BrowserActionKind.GoBack => "go_back",
        BrowserActionKind.GoForward => "go_forward",
        BrowserActionKind.NewTab => "new_tab",
        BrowserActionKind.TabFocus => "tab_focus",
        BrowserActionKind.CloseTab => "close_tab",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private float ActionTimeout => _options.ActionTimeoutMs;

    /// <summary>Finds the element an id names in the latest observation of the active tab, checks it still exists and probes its state in one round trip.</summary>
    private async Task<(ElementHandleInfo? Element, ElementState State, string? Error)> ResolveAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var id = action.ElementId?.Trim().Trim('[', ']').Trim();
        if (string.IsNullOrEmpty(id))
        {
            return (null, Unknown, $"error: {Verb(action.Kind)} needs an element id: the number or ref in square brackets in the observation, e.g. 12 for [12]");
        }

        var snapshot = LatestSnapshot();
        if (snapshot is null || !snapshot.TryGetElement(id, out var element))
        {
            return (null, Unknown, $"error: no element [{id}] on the current page; use an id from the latest observation");
        }

        var probe = await element.Locator.EvaluateAllAsync<JsonElement?>(ElementStateScript.Source)
            .WaitAsync(TimeSpan.FromMilliseconds(ActionTimeout), cancellationToken).ConfigureAwait(false);
        var state = ElementState.From(probe);
        if (state is null && await element.Locator.CountAsync().WaitAsync(TimeSpan.FromMilliseconds(ActionTimeout), cancellationToken).ConfigureAwait(false) > 0)
        {
            // Some selector engines (aria-ref) resolve only one element at a time and are invisible to evaluateAll:
            // leave every check to Playwright.
            state = Unknown;
        }

        if (state is null)
        {
            return (null, Unknown, $"error: {element} is no longer on the page (the page changed since the observation); use an id from the latest observation");
        }

        return (element, state, null);
    }

    private static ElementState Unknown { get; } = new(null, null, null, null);

    private async Task<string?> CheckInteractableAsync(ElementHandleInfo element, ElementState state, bool needsEnabled, CancellationToken cancellationToken)
    {
        var locator = element.Locator.First;
        var visible = state.Visible ?? await locator.IsVisibleAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!visible)
        {
            return $"error: {element} is hidden; it cannot be used until it is shown (e.g. open its menu or scroll to it)";
        }

        if (needsEnabled && !(state.Enabled ?? await locator.IsEnabledAsync(new LocatorIsEnabledOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false)))
        {
            return $"error: {element} is disabled";
        }

        return null;
    }

    private string TimeoutMessage(string verb, ElementHandleInfo element, Exception ex)
    {
        var lines = ex.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reason = lines.LastOrDefault(l => l.StartsWith('-') && (l.Contains("intercepts pointer events", StringComparison.Ordinal)
            || l.Contains("not visible", StringComparison.Ordinal) || l.Contains("not stable", StringComparison.Ordinal)
            || l.Contains("not enabled", StringComparison.Ordinal) || l.Contains("detached", StringComparison.Ordinal)));
        var detail = reason is null ? "" : ": " + Shorten(reason.TrimStart('-', ' '), 160);
        return string.Create(CultureInfo.InvariantCulture, $"error: could not {verb} {element} within {_options.ActionTimeoutMs} ms{detail}");
    }

    private async Task<(bool, string)> ClickAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var (element, state, error) = await ResolveAsync(action, cancellationToken).ConfigureAwait(false);
        if (element is null)
        {
            return (false, error!);
        }

        error = await CheckInteractableAsync(element, state, needsEnabled: true, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (false, error);
        }

        try
        {
            await element.Locator.First.ClickAsync(new LocatorClickOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            return (false, TimeoutMessage("click", element, ex));
        }

        return (true, $"clicked {element}");
    }

    private async Task<(bool, string)> HoverAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var (element, state, error) = await ResolveAsync(action, cancellationToken).ConfigureAwait(false);
        if (element is null)
        {
            return (false, error!);
        }

        error = await CheckInteractableAsync(element, state, needsEnabled: false, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (false, error);
        }

        try
        {
            await element.Locator.First.HoverAsync(new LocatorHoverOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            return (false, TimeoutMessage("hover over", element, ex));
        }

        return (true, $"hovered over {element}");
    }

    private async Task<(bool, string)> TypeAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var (element, state, error) = await ResolveAsync(action, cancellationToken).ConfigureAwait(false);
        if (element is null)
        {
            return (false, error!);
        }

        var text = action.Argument ?? "";
        var locator = element.Locator.First;
        if (state.IsSelect ?? await IsSelectAsync(locator, cancellationToken).ConfigureAwait(false))
        {
            return await SelectOnAsync(element, state, text, cancellationToken).ConfigureAwait(false);
        }

        error = await CheckInteractableAsync(element, state, needsEnabled: true, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (false, error);
        }

        bool editable;
        try
        {
            editable = state.Editable ?? await locator.IsEditableAsync(new LocatorIsEditableOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            editable = false;
        }

        if (!editable)
        {
            return (false, $"error: {element} is not an editable text field; type needs a textbox, searchbox or other editable element");
        }

        try
        {
            try
            {
                await locator.ClickAsync(new LocatorClickOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                await locator.FocusAsync(new LocatorFocusOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            await locator.ClearAsync(new LocatorClearOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
            await locator.PressSequentiallyAsync(text, new LocatorPressSequentiallyOptions { Timeout = Math.Max(ActionTimeout, text.Length * 20f) })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            if (action.PressEnter)
            {
                await locator.PressAsync("Enter", new LocatorPressOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TimeoutException ex)
        {
            return (false, TimeoutMessage("type into", element, ex));
        }

        return (true, $"typed '{Shorten(text, 100)}' into {element}{(action.PressEnter ? " and pressed Enter" : "")}");
    }

    private static async Task<bool> IsSelectAsync(ILocator locator, CancellationToken cancellationToken)
    {
        try
        {
            return await locator.EvaluateAsync<bool>("el => el.tagName === 'SELECT'").WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    private async Task<(bool, string)> SelectOptionAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var (element, state, error) = await ResolveAsync(action, cancellationToken).ConfigureAwait(false);
        if (element is null)
        {
            return (false, error!);
        }

        return await SelectOnAsync(element, state, action.Argument ?? "", cancellationToken).ConfigureAwait(false);
    }

    private async Task<(bool, string)> SelectOnAsync(ElementHandleInfo element, ElementState state, string wanted, CancellationToken cancellationToken)
    {
        var locator = element.Locator.First;
        var raw = await locator.EvaluateAsync<string[][]?>(
            "el => el.tagName === 'SELECT' ? Array.from(el.options).map(o => [o.label || o.text || '', o.value]) : null",
            null,
            new LocatorEvaluateOptions { Timeout = ActionTimeout }).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (raw is null)
        {
            return (false, $"error: {element} is not a drop-down list (<select>); click it, then click the option you want");
        }

        var options = raw.Select(o => (Label: o[0].Trim(), Value: o[1])).ToList();
        var index = SelectOptionMatcher.Match(options, wanted);
        if (index < 0)
        {
            var available = string.Join(", ", options.Take(30).Select(o => $"'{Shorten(o.Label, 60)}'"));
            return (false, $"error: {element} has no option matching '{Shorten(wanted, 80)}'; options: {available}{(options.Count > 30 ? ", …" : "")}");
        }

        var error = await CheckInteractableAsync(element, state, needsEnabled: true, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (false, error);
        }

        try
        {
            await locator.SelectOptionAsync(new SelectOptionValue { Index = index }, new LocatorSelectOptionOptions { Timeout = ActionTimeout })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            return (false, TimeoutMessage("select an option of", element, ex));
        }

        return (true, $"selected '{options[index].Label}' in {element}");
    }

    private async Task<(bool, string)> PressAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        if (!KeyCombination.TryTranslate(action.Argument, out var keys, out var error))
        {
            return (false, "error: " + error);
        }

        var page = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        await page.Keyboard.PressAsync(keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        return (true, $"pressed {keys}");
    }

    private async Task<(bool, string)> ScrollAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var direction = (action.Argument ?? "down").Trim().Trim('[', ']').Trim().ToLowerInvariant();
        direction = direction.Replace("direction=", "", StringComparison.Ordinal).Trim();
        int sign = direction switch
        {
            "down" => 1,
            "up" => -1,
            _ => 0,
        };
        if (sign == 0)
        {
            return (false, $"error: scroll direction must be up or down, not '{Shorten(action.Argument, 40)}'");
        }

        var page = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        var r = await page.EvaluateAsync<double[]>(ScrollScript.Source, sign).WaitAsync(cancellationToken).ConfigureAwait(false);
        var (beforeY, afterY, height, viewport) = ((int)r[0], (int)r[1], (int)r[2], (int)r[3]);
        if (beforeY == afterY)
        {
            return (false, $"error: cannot scroll {direction}: already at the {(sign > 0 ? "bottom" : "top")} of the page");
        }

        return (true, string.Create(CultureInfo.InvariantCulture, $"scrolled {direction}; showing {afterY}-{Math.Min(height, afterY + viewport)} of {height} px"));
    }

    private async Task<(bool, string)> GotoAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var written = (action.Argument ?? "").Trim().Trim('[', ']').Trim();
        if (written.Length == 0)
        {
            return (false, "error: goto needs a URL, e.g. goto [http://example.com/page]");
        }

        var page = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        var real = GotoTarget(ToReal(written), page.Url);
        var refusal = _policy.Check(real);
        if (refusal is not null)
        {
            var allowed = _policy.AllowsAnyOrigin ? "" : "; allowed sites: " + string.Join(", ", _policy.Origins.Select(ToDisplay));
            return (false, $"error: cannot open {written}: {refusal}{allowed}");
        }

        try
        {
            await page.GotoAsync(real, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = _options.NavigationTimeoutMs })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            return (true, $"opened {ToDisplay(real)}, which started a download");
        }
        catch (PlaywrightException ex)
        {
            return (false, $"error: could not open {written}: {FirstLine(ex.Message)}");
        }

        return (true, $"opened {ToDisplay(real)}");
    }

    /// <summary>Completes what a model wrote after goto: a path is resolved against the current page, a bare host gets <c>http://</c>.</summary>
    internal static string GotoTarget(string written, string currentUrl)
    {
        if (written.StartsWith('/') && !written.StartsWith("//", StringComparison.Ordinal)
            && Uri.TryCreate(currentUrl, UriKind.Absolute, out var current) && (current.Scheme == Uri.UriSchemeHttp || current.Scheme == Uri.UriSchemeHttps))
        {
            return new Uri(current, written).ToString();
        }

        string[] schemes = ["http:", "https:", "about:", "javascript:", "data:", "file:", "chrome:", "blob:", "ftp:", "view-source:"];
        return written.Contains("://", StringComparison.Ordinal) || schemes.Any(s => written.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            ? written
            : "http://" + written.TrimStart('/');
    }

    private async Task<(bool, string)> HistoryAsync(bool back, CancellationToken cancellationToken)
    {
        var page = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        var urlBefore = page.Url;
        var response = back
            ? await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit, Timeout = _options.NavigationTimeoutMs })
                .WaitAsync(cancellationToken).ConfigureAwait(false)
            : await page.GoForwardAsync(new PageGoForwardOptions { WaitUntil = WaitUntilState.Commit, Timeout = _options.NavigationTimeoutMs })
                .WaitAsync(cancellationToken).ConfigureAwait(false);

        // Same-document history entries (#hash, pushState) give no response but do move.
        if (response is null && page.Url == urlBefore)
        {
            return (false, back ? "error: there is no previous page in this tab" : "error: there is no next page in this tab");
        }

        return (true, back ? "went back" : "went forward");
    }

    private async Task<(bool, string)> NewTabAsync(CancellationToken cancellationToken)
    {
        var page = await Context.NewPageAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        OnPageOpened(page);
        lock (_tabsLock)
        {
            _active = page;
        }

        return (true, $"opened tab {IndexOf(page)} (now current)");
    }

    private async Task<(bool, string)> TabFocusAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        var index = action.TabIndex;
        if (index is null && int.TryParse((action.Argument ?? "").Trim().Trim('[', ']'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            index = parsed;
        }

        var pages = Pages;
        if (index is null || index < 0 || index >= pages.Count)
        {
            var tabs = await ListTabsAsync(cancellationToken).ConfigureAwait(false);
            return (false, $"error: no tab {(index?.ToString(CultureInfo.InvariantCulture) ?? $"'{action.Argument}'")}; open tabs: {ObservationText.TabHeader(tabs)}");
        }

        var page = pages[index.Value];
        await page.BringToFrontAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_tabsLock)
        {
            _active = page;
        }

        var title = await TitleOfAsync(page, cancellationToken).ConfigureAwait(false);
        return (true, string.Create(CultureInfo.InvariantCulture, $"switched to tab {index}: {title}"));
    }

    private async Task<(bool, string)> CloseTabAsync(CancellationToken cancellationToken)
    {
        var page = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        var index = IndexOf(page);
        await page.CloseAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        OnPageClosed(page);
        var next = await EnsureActivePageAsync(cancellationToken).ConfigureAwait(false);
        await next.BringToFrontAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var title = await TitleOfAsync(next, cancellationToken).ConfigureAwait(false);
        return (true, string.Create(CultureInfo.InvariantCulture, $"closed tab {index}; now on tab {IndexOf(next)}: {title}"));
    }
}
