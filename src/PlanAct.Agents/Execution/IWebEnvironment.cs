using Microsoft.Extensions.AI;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Execution;

/// <summary>
/// The browser as the agents use it. The production implementation wraps a <c>BrowserSession</c>; tests can
/// supply a scripted one. Keeps the orchestration independent of Playwright.
/// </summary>
internal interface IWebEnvironment
{
    /// <summary>The active tab's URL.</summary>
    string CurrentUrl { get; }

    /// <summary>Observes the active tab.</summary>
    Task<PageObservation> ObserveAsync(ObservationOptions options, CancellationToken cancellationToken);

    /// <summary>Executes one action (never throws for action failures).</summary>
    Task<ActionOutcome> ExecuteAsync(BrowserAction action, CancellationToken cancellationToken);

    /// <summary>Opens a URL in the active tab.</summary>
    Task<ActionOutcome> OpenAsync(string url, CancellationToken cancellationToken);

    /// <summary>A PNG screenshot of the viewport.</summary>
    Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken);

    /// <summary>The browser actions as tools, for <c>ExecutorMode.Tools</c>.</summary>
    IReadOnlyList<AIFunction> ActionTools { get; }
}
