using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanAct.Benchmarks.Pages;
using PlanAct.Benchmarks.Timing;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Observation;
using PlanAct.Plugins.Observation.Tokens;
using PlanAct.Testing;
using PlanAct.Testing.Browser;

namespace PlanAct.Benchmarks;

/// <summary>Serves the generated pages, measures every observation format against Playwright's AI aria snapshot, then step overhead.</summary>
internal static partial class ObservationBenchmark
{
    /// <summary>
    /// The executor's default observation: simplified HTML with every other option at its default (whole page, falling back
    /// to the viewport when the page exceeds <see cref="ObservationOptions.ViewportFocusTokens"/>; 8k token budget).
    /// </summary>
    public static ObservationOptions ExecutorOptions => new() { Format = ObservationFormat.Html };

    public const string ExecutorRepresentation = "html, defaults (executor observation)";

    public static async Task<string> RunAsync(BenchmarkSettings settings)
    {
        var environment = new BenchmarkEnvironment { Warmup = settings.Warmup, Iterations = settings.Iterations };
        BenchmarkPage[] pages =
        [
            new("catalog", CatalogPage.Path, CatalogPage.Build()),
            new("forum", ForumThreadPage.Path, ForumThreadPage.Build()),
            new("admin", AdminFormPage.Path, AdminFormPage.Build()),
        ];
        if (settings.Pages.Count > 0)
        {
            var unknown = settings.Pages.Except(pages.Select(p => p.Name)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"--pages names unknown page(s) {string.Join(", ", unknown)}; valid: {string.Join(", ", pages.Select(p => p.Name))}");
            }

            pages = [.. pages.Where(p => settings.Pages.Contains(p.Name))];
        }

        await using var site = await LocalSite.StartAsync();
        foreach (var page in pages)
        {
            site.Add(page.Path, page.Html);
        }

        var rows = new List<ObservationRow>();
        using (var playwright = await Playwright.CreateAsync())
        {
            var launch = TestBrowser.LaunchOptions();
            launch.ExecutablePath = settings.ChromiumPath ?? launch.ExecutablePath;
            await using var browser = await playwright.Chromium.LaunchAsync(launch);
            environment.BrowserVersion = browser.Version;
            await using var context = await browser.NewContextAsync(new()
            {
                ViewportSize = new() { Width = environment.ViewportWidth, Height = environment.ViewportHeight },
            });
            var tab = await context.NewPageAsync();
            foreach (var page in settings.Observe ? pages : [])
            {
                Console.Error.WriteLine($"observing {page.Name} …");
                await tab.GotoAsync(site.Url(page.Path), new() { WaitUntil = WaitUntilState.Load });
                environment.DomNodes[page.Name] = await tab.EvaluateAsync<int>("document.getElementsByTagName('*').length");
                rows.AddRange(await MeasureObserverAsync(tab, page.Name, settings, environment));
                rows.Add(await MeasureAriaSnapshotAsync(tab, page.Name, settings));
            }
        }

        var steps = new List<StepRow>();
        var quietWindows = settings.QuietWindows.Count > 0 ? settings.QuietWindows : [new BrowserOptions().SettleQuietMs];
        foreach (var page in settings.Step ? pages : [])
        {
            Console.Error.WriteLine($"stepping {page.Name} …");
            foreach (var quiet in quietWindows)
            {
                steps.Add(await MeasureStepsAsync(site.Url(page.Path), page.Name, settings, environment, settleQuietMs: quiet));
            }
        }

        return ReportWriter.Write(environment, rows, steps, ExecutorRepresentation);
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanAct.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static async Task<List<ObservationRow>> MeasureObserverAsync(IPage tab, string pageName, BenchmarkSettings settings, BenchmarkEnvironment environment)
    {
        var rows = new List<ObservationRow>();
        var observer = new PageObserver();
        var cases = new List<(string Name, ObservationOptions Options)>();
        foreach (var format in Enum.GetValues<ObservationFormat>())
        {
            cases.Add(($"{FormatName(format)}, full page", new ObservationOptions { Format = format, ViewportOnly = false, MaxTokens = 0, ViewportFocusTokens = 0 }));
            cases.Add(($"{FormatName(format)}, viewport", new ObservationOptions { Format = format, ViewportOnly = true, MaxTokens = 0 }));
        }

        cases.Add((ExecutorRepresentation, ExecutorOptions));
        foreach (var (name, options) in cases)
        {
            try
            {
                var (timing, snapshot) = await Measure.RunAsync(settings.Warmup, settings.Iterations, _ => observer.CaptureAsync(tab, options));
                var coverage = await ViewportCoverage.CheckAsync(tab, snapshot);
                rows.Add(new ObservationRow(pageName, name, timing, ObservationTokenizer.Count(snapshot.Content), snapshot.Content.Length, snapshot.ElementCount, coverage, snapshot.Truncated));
            }
            catch (Exception ex) when (ex is NotImplementedException or NotSupportedException)
            {
                environment.Notes.Add($"- {pageName} / {name}: not measured ({ex.Message})");
            }
        }

        return rows;
    }

    private static async Task<ObservationRow> MeasureAriaSnapshotAsync(IPage tab, string pageName, BenchmarkSettings settings)
    {
        var options = new PageAriaSnapshotOptions { Mode = AriaSnapshotMode.Ai };
        var (timing, yaml) = await Measure.RunAsync(settings.Warmup, settings.Iterations, _ => tab.AriaSnapshotAsync(options));
        var refs = RefRegex().Count(yaml);
        return new ObservationRow(pageName, ReportWriter.AriaRepresentation, timing, ObservationTokenizer.Count(yaml), yaml.Length, refs, null, false);
    }

    /// <summary>Measures steps through a fresh session; <paramref name="settleQuietMs"/> is the DOM quiet window the settle waits for.</summary>
    private static async Task<StepRow> MeasureStepsAsync(string url, string pageName, BenchmarkSettings settings, BenchmarkEnvironment environment, int settleQuietMs)
    {
        var options = new BrowserOptions
        {
            SettleQuietMs = settleQuietMs,
            ExecutablePath = settings.ChromiumPath,
            ViewportWidth = environment.ViewportWidth,
            ViewportHeight = environment.ViewportHeight,
        };
        await using var session = await BrowserSession.LaunchAsync(options);
        await session.OpenAsync(url);
        var observation = ExecutorOptions;
        try
        {
            await session.ObserveAsync(observation);
        }
        catch (Exception ex) when (ex is NotImplementedException or NotSupportedException)
        {
            // Until the executor format exists, measure the step with the accessibility tree and say so.
            environment.Notes.Add($"- step overhead on {pageName}: measured with the accessibility tree ({ex.Message})");
            observation = new ObservationOptions { Format = ObservationFormat.AccessibilityTree };
            await session.ObserveAsync(observation);
        }

        var failures = 0;
        var cycle = StepActions(session.LatestSnapshot());
        var actionTiming = new Samples();
        var observeTiming = new Samples();
        var byKind = new SortedDictionary<string, Samples>(StringComparer.Ordinal);
        var (timing, _) = await Measure.RunAsync(settings.Warmup, settings.Steps, async i =>
        {
            var start = Stopwatch.GetTimestamp();
            var outcome = await session.ExecuteAsync(cycle[i % cycle.Count]);
            var acted = Stopwatch.GetTimestamp();
            if (!outcome.Success && failures++ == 0)
            {
                environment.Notes.Add($"- step on {pageName}: first failed action: {outcome.Message}");
            }

            var next = await session.ObserveAsync(observation);
            if (i >= settings.Warmup)
            {
                actionTiming.Add(Stopwatch.GetElapsedTime(start, acted).TotalMilliseconds);
                var kind = cycle[i % cycle.Count].Kind.ToString().ToLowerInvariant();
                if (!byKind.TryGetValue(kind, out var kindSamples))
                {
                    byKind[kind] = kindSamples = new Samples();
                }

                kindSamples.Add(Stopwatch.GetElapsedTime(start, acted).TotalMilliseconds);
                observeTiming.Add(Stopwatch.GetElapsedTime(acted).TotalMilliseconds);
            }

            return next;
        });
        var names = string.Join(", ", cycle.Select(a => ActionFormatter.Format(a, ActionGrammar.WebArena)).Distinct());
        return new StepRow(pageName, names, settleQuietMs, timing, actionTiming, observeTiming, failures) { ActionTimingByKind = byKind };
    }

    /// <summary>
    /// The actions cycled through on a page, with ids found by role and name in the session's latest snapshot: toggle a checkbox
    /// (or press a button that does not navigate), type into the first text box without Enter, scroll down, scroll back up.
    /// The cycle returns to the top, so the ids stay in the viewport-focused observation.
    /// </summary>
    private static List<BrowserAction> StepActions(PageSnapshot? snapshot)
    {
        var actions = new List<BrowserAction>();
        if (snapshot is not null)
        {
            var elements = snapshot.Ids
                .Select(id => snapshot.TryGetElement(id, out var e) ? e : null)
                .OfType<ElementHandleInfo>()
                .OrderBy(e => int.TryParse(e.Id, out var n) ? n : int.MaxValue)
                .ToList();
            var toggle = elements.FirstOrDefault(e => e.Role == "checkbox")
                ?? elements.FirstOrDefault(e => e.Role == "button" && (e.Name.Contains("Upvote", StringComparison.Ordinal) || e.Name.Contains("Add Attribute", StringComparison.Ordinal)));
            if (toggle is not null)
            {
                actions.Add(new BrowserAction(BrowserActionKind.Click) { ElementId = toggle.Id });
            }

            var textbox = elements.FirstOrDefault(e => e.Role is "textbox" or "searchbox");
            if (textbox is not null)
            {
                actions.Add(new BrowserAction(BrowserActionKind.Type) { ElementId = textbox.Id, Argument = "usb-c hub", PressEnter = false });
            }
        }

        actions.Add(new BrowserAction(BrowserActionKind.Scroll) { Argument = "down" });
        actions.Add(new BrowserAction(BrowserActionKind.Scroll) { Argument = "up" });
        return actions;
    }

    private static string FormatName(ObservationFormat format) => format switch
    {
        ObservationFormat.AccessibilityTree => "accessibility-tree",
        ObservationFormat.Aria => "aria",
        ObservationFormat.Html => "html",
        _ => format.ToString(),
    };

    [GeneratedRegex(@"\[ref=(?:f\d+)?e\d+\]")]
    private static partial Regex RefRegex();
}
