using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Execution;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Tests.Support;

/// <summary>An element of a <see cref="FakeWeb"/> page.</summary>
public sealed record FakeElement(string Role, string Name)
{
    public string? Href { get; init; }
    public Func<FakeWeb, ActionOutcome>? OnClick { get; init; }
    public Func<FakeWeb, string, ActionOutcome>? OnSubmit { get; init; }
}

/// <summary>
/// An in-memory web site for orchestration tests without a browser: pages are lists of elements rendered in the
/// accessibility-tree format. Element ids change with every observation (like real AX ids), so a fake model must
/// read the observation it was sent to act.
/// </summary>
public sealed class FakeWeb : IWebEnvironment
{
    private readonly Dictionary<string, Func<FakeWeb, IReadOnlyList<FakeElement>>> _pages = new(StringComparer.Ordinal);
    private Dictionary<string, FakeElement> _ids = [];
    private int _epoch;
    private IReadOnlyList<AIFunction>? _tools;

    public string Path { get; set; } = "/";

    public string CurrentUrl => "http://fake.test" + Path;

    public List<BrowserAction> Executed { get; } = [];

    public int Observations { get; private set; }

    public Dictionary<string, object> State { get; } = [];

    /// <summary>Paths whose observation throws (a crashed page).</summary>
    public HashSet<string> BrokenPaths { get; } = [];

    public IReadOnlyList<AIFunction> ActionTools => _tools ??= FakeWebTools.Create(ExecuteAsync);

    public FakeWeb Page(string path, Func<FakeWeb, IReadOnlyList<FakeElement>> elements)
    {
        _pages[path] = elements;
        return this;
    }

    public Task<PageObservation> ObserveAsync(ObservationOptions options, CancellationToken cancellationToken)
    {
        Observations++;
        _epoch++;
        if (BrokenPaths.Contains(Path))
        {
            throw new InvalidOperationException("Target page, context or browser has been closed");
        }

        var elements = _pages.TryGetValue(Path, out var page) ? page(this) : [new FakeElement("StaticText", "404 not found")];
        _ids = [];
        var sb = new StringBuilder("Tab 0 (current): Fake\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"[{_epoch * 100}] RootWebArea 'Fake {Path}' focused: True\n");
        for (var i = 0; i < elements.Count; i++)
        {
            var id = ((_epoch * 100) + i + 1).ToString(CultureInfo.InvariantCulture);
            _ids[id] = elements[i];
            sb.Append(CultureInfo.InvariantCulture, $"\t[{id}] {elements[i].Role} '{elements[i].Name}'\n");
        }

        return Task.FromResult(new PageObservation(options.Format, sb.ToString(), CurrentUrl, "Fake") { ElementCount = elements.Count });
    }

    public Task<ActionOutcome> ExecuteAsync(BrowserAction action, CancellationToken cancellationToken)
    {
        Executed.Add(action);
        switch (action.Kind)
        {
            case BrowserActionKind.Click:
                if (!_ids.TryGetValue(action.ElementId ?? "", out var target))
                {
                    return Done(new ActionOutcome(false, $"error: no element with id {action.ElementId} on this page"));
                }

                if (target.OnClick is not null)
                {
                    return Done(target.OnClick(this));
                }

                if (target.Href is not null)
                {
                    Path = target.Href;
                }

                return Done(new ActionOutcome(true, $"clicked [{action.ElementId}] {target.Role} '{target.Name}'"));
            case BrowserActionKind.Type:
                if (!_ids.TryGetValue(action.ElementId ?? "", out var field) || field.Role != "textbox")
                {
                    return Done(new ActionOutcome(false, $"error: no text field with id {action.ElementId}"));
                }

                State["typed:" + field.Name] = action.Argument ?? "";
                return Done(action.PressEnter && field.OnSubmit is not null
                    ? field.OnSubmit(this, action.Argument ?? "")
                    : new ActionOutcome(true, $"typed '{action.Argument}' into [{action.ElementId}]"));
            case BrowserActionKind.Scroll:
                return Done(new ActionOutcome(true, "scrolled " + (action.Argument ?? "down")));
            case BrowserActionKind.GoBack:
                Path = "/";
                return Done(new ActionOutcome(true, "went back"));
            default:
                return Done(new ActionOutcome(false, $"error: {action.Kind} is not supported by the fake site"));
        }
    }

    public Task<ActionOutcome> OpenAsync(string url, CancellationToken cancellationToken)
    {
        Path = new Uri(url).AbsolutePath;
        return Task.FromResult(new ActionOutcome(_pages.ContainsKey(Path), "opened " + url) { Url = CurrentUrl });
    }

    public Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
        => Task.FromResult(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3 });

    private Task<ActionOutcome> Done(ActionOutcome outcome) => Task.FromResult(outcome with { Url = CurrentUrl });
}
