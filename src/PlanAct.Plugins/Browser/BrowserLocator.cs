using System.Text;

namespace PlanAct.Plugins.Browser;

/// <summary>
/// Finds a Chromium/Chrome executable. Order: the configured <see cref="BrowserOptions.ExecutablePath"/>;
/// the environment variables <c>PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH</c> and <c>PLANACT_BROWSER_EXECUTABLE</c>;
/// Playwright's installed browsers (<c>PLAYWRIGHT_BROWSERS_PATH</c> or <c>~/.cache/ms-playwright</c>, <c>chromium*/chrome-linux*/chrome</c>);
/// then <c>chromium</c>, <c>chromium-browser</c>, <c>google-chrome</c>, <c>google-chrome-stable</c> on <c>PATH</c>.
/// The file system and environment are injected so the search is testable without touching the machine.
/// </summary>
public sealed class BrowserLocator
{
    /// <summary>Environment variable naming a Chromium executable, as Playwright's own tooling uses it.</summary>
    public const string PlaywrightExecutableVariable = "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH";

    /// <summary>Environment variable naming a Chromium executable for PlanAct (also read by <c>test.sh</c>).</summary>
    public const string PlanActExecutableVariable = "PLANACT_BROWSER_EXECUTABLE";

    /// <summary>Environment variable naming Playwright's browser download folder.</summary>
    public const string PlaywrightBrowsersVariable = "PLAYWRIGHT_BROWSERS_PATH";

    private static readonly string[] SystemNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly Func<string, string?> _environment;
    private readonly Func<string, bool> _fileExists;
    private readonly Func<string, IEnumerable<string>> _subdirectories;

    /// <summary>Creates a locator over an injected environment and file system.</summary>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    /// <param name="fileExists">Whether a file exists at a path.</param>
    /// <param name="subdirectories">The immediate subdirectories (full paths) of a directory; empty when it does not exist.</param>
    public BrowserLocator(Func<string, string?> environment, Func<string, bool> fileExists, Func<string, IEnumerable<string>> subdirectories)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(fileExists);
        ArgumentNullException.ThrowIfNull(subdirectories);
        _environment = environment;
        _fileExists = fileExists;
        _subdirectories = subdirectories;
    }

    /// <summary>A locator over the real environment and file system.</summary>
    public static BrowserLocator Default { get; } = new(
        Environment.GetEnvironmentVariable,
        File.Exists,
        dir => Directory.Exists(dir) ? Directory.EnumerateDirectories(dir) : []);

    /// <summary>Finds an executable or throws <see cref="BrowserNotFoundException"/> listing every place tried.</summary>
    /// <param name="configuredPath">The configured path (<see cref="BrowserOptions.ExecutablePath"/>), if any.</param>
    /// <returns>The full path of the executable.</returns>
    public string Locate(string? configuredPath)
    {
        var searched = new List<string>();
        foreach (var candidate in Candidates(configuredPath))
        {
            if (!searched.Contains(candidate.Description))
            {
                searched.Add(candidate.Description);
            }

            if (_fileExists(candidate.Path))
            {
                return candidate.Path;
            }
        }

        throw new BrowserNotFoundException(NotFoundMessage(searched)) { Searched = searched };
    }

    private IEnumerable<(string Path, string Description)> Candidates(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            yield return (configuredPath, $"configured {BrowserOptions.SectionName}:ExecutablePath = {configuredPath}");
        }

        foreach (var variable in new[] { PlaywrightExecutableVariable, PlanActExecutableVariable })
        {
            var value = _environment(variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return (value, $"${variable} = {value}");
            }
        }

        var browsersRoot = BrowsersRoot();
        var chromiumDirs = _subdirectories(browsersRoot)
            .Where(d => Path.GetFileName(d).StartsWith("chromium", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Reverse()
            .ToList();
        var foundAny = false;
        foreach (var chromium in chromiumDirs)
        {
            foreach (var platform in _subdirectories(chromium)
                .Where(d => Path.GetFileName(d).StartsWith("chrome-linux", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal))
            {
                foundAny = true;
                var exe = Path.Combine(platform, "chrome");
                yield return (exe, exe);
            }
        }

        if (!foundAny)
        {
            yield return (Path.Combine(browsersRoot, "chromium*", "chrome-linux*", "chrome"),
                $"Playwright browsers: {Path.Combine(browsersRoot, "chromium*", "chrome-linux*", "chrome")} (none installed)");
        }

        var pathDirs = (_environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in SystemNames)
        {
            var description = pathDirs.Length == 0
                ? $"{name} on PATH (PATH is empty)"
                : $"{name} on PATH ({string.Join(Path.PathSeparator, pathDirs)})";
            if (pathDirs.Length == 0)
            {
                yield return ("", description);
            }

            foreach (var dir in pathDirs)
            {
                yield return (Path.Combine(dir, name), description);
            }
        }
    }

    private string BrowsersRoot()
    {
        var configured = _environment(PlaywrightBrowsersVariable);
        if (!string.IsNullOrWhiteSpace(configured) && configured != "0")
        {
            return configured;
        }

        var home = _environment("HOME") ?? "~";
        return Path.Combine(home, ".cache", "ms-playwright");
    }

    private static string NotFoundMessage(IReadOnlyList<string> searched)
    {
        var text = new StringBuilder("No Chromium or Chrome executable was found. Searched, in order:");
        foreach (var place in searched)
        {
            text.Append("\n  - ").Append(place);
        }

        text.Append("\nInstall one of:")
            .Append("\n  - Debian/Ubuntu: apt-get install chromium")
            .Append("\n  - Playwright's Chromium: pwsh bin/<Configuration>/net10.0/playwright.ps1 install chromium (from the built project folder)")
            .Append("\nor point to an existing browser with ").Append(PlaywrightExecutableVariable)
            .Append("=/path/to/chrome or ").Append(BrowserOptions.SectionName).Append(":ExecutablePath.");
        return text.ToString();
    }
}
