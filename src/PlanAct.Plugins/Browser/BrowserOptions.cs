namespace PlanAct.Plugins.Browser;

/// <summary>How to find and launch the browser, and the policies of a session. Bind from configuration section <c>PlanAct:Browser</c>.</summary>
public sealed class BrowserOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "PlanAct:Browser";

    /// <summary>Path of a Chromium/Chrome executable. When empty the browser is found automatically.</summary>
    public string? ExecutablePath { get; set; }

    /// <summary>Run without a window. Default <see langword="true"/>.</summary>
    public bool Headless { get; set; } = true;

    /// <summary>Viewport width in CSS pixels. Default 1280.</summary>
    public int ViewportWidth { get; set; } = 1280;

    /// <summary>Viewport height in CSS pixels. Default 720.</summary>
    public int ViewportHeight { get; set; } = 720;

    /// <summary>Origins (scheme://host[:port]) the agent may navigate to. Empty allows any http(s) origin.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Folder where downloads are saved. Default: a fresh folder under the system temp folder.</summary>
    public string? DownloadsPath { get; set; }

    /// <summary>Accept JavaScript dialogs (alert/confirm/prompt). Default <see langword="true"/>; false dismisses them.</summary>
    public bool AcceptDialogs { get; set; } = true;

    /// <summary>Timeout for a single element action, in milliseconds. Default 5000.</summary>
    public int ActionTimeoutMs { get; set; } = 5000;

    /// <summary>Timeout for navigations, in milliseconds. Default 30000.</summary>
    public int NavigationTimeoutMs { get; set; } = 30000;

    /// <summary>Upper bound on waiting for the page to settle after an action, in milliseconds. Default 3000.</summary>
    public int SettleTimeoutMs { get; set; } = 3000;

    /// <summary>
    /// Quiet window after a DOM change, in milliseconds: once the action's navigation (if any) has loaded and no request
    /// is in flight, the page counts as settled when the DOM has not changed for this long. Default 40 (two animation
    /// frames plus timer slack; see docs/performance.md).
    /// </summary>
    public int SettleQuietMs { get; set; } = 40;

    /// <summary>
    /// Grace period after an action, in milliseconds: how long the settle wait watches for a first DOM change or request
    /// before deciding the action changed nothing. Default 20. Values above <see cref="SettleQuietMs"/> are capped to it.
    /// </summary>
    public int SettleGraceMs { get; set; } = 20;

    /// <summary>Use Chromium's sandbox. Null (default) decides automatically: sandboxed unless running as root, where Chromium cannot sandbox and needs <c>--no-sandbox</c>.</summary>
    public bool? ChromiumSandbox { get; set; }

    /// <summary>Path of a Playwright storage-state file to start the session with (cookies, local storage).</summary>
    public string? StorageStatePath { get; set; }

    /// <summary>Extra command-line arguments for the browser.</summary>
    public IList<string> ExtraArguments { get; } = [];
}
