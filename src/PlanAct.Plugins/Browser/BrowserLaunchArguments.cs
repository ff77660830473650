namespace PlanAct.Plugins.Browser;

/// <summary>The command-line flags a browser is launched with. Pure.</summary>
public static class BrowserLaunchArguments
{
    /// <summary>Flags always passed: no background traffic, updates, first-run UI, sync, GPU or QUIC.</summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-gpu",
        "--disable-quic",
    ];

    /// <summary>Whether Chromium's sandbox is used for <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    /// <param name="runningAsRoot">Whether this process runs as root.</param>
    /// <returns><see langword="true"/> for a sandboxed browser.</returns>
    public static bool UseSandbox(BrowserOptions options, bool runningAsRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ChromiumSandbox ?? !runningAsRoot;
    }

    /// <summary>Builds the argument list.</summary>
    /// <param name="options">The options (extra arguments are appended).</param>
    /// <param name="runningAsRoot">Whether this process runs as root.</param>
    /// <returns>The arguments, <c>--no-sandbox</c> included only when the sandbox is off.</returns>
    public static IReadOnlyList<string> Build(BrowserOptions options, bool runningAsRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<string>(Defaults);
        if (!UseSandbox(options, runningAsRoot))
        {
            args.Add("--no-sandbox");
        }

        foreach (var extra in options.ExtraArguments)
        {
            if (!string.IsNullOrWhiteSpace(extra) && !args.Contains(extra, StringComparer.Ordinal))
            {
                args.Add(extra);
            }
        }

        return args;
    }

    /// <summary>Whether the current process runs as root (Unix user id 0).</summary>
    /// <returns><see langword="true"/> for root.</returns>
    public static bool IsRunningAsRoot()
        => !OperatingSystem.IsWindows() && string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
}
