using Microsoft.Extensions.AI;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Kernel;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Execution;

/// <summary>The production <see cref="IWebEnvironment"/>: a Playwright <see cref="BrowserSession"/>, with the Semantic Kernel <see cref="BrowserPlugin"/>'s functions as the executor's tools.</summary>
internal sealed class BrowserSessionEnvironment : IWebEnvironment
{
    private readonly BrowserSession _session;

    public BrowserSessionEnvironment(BrowserSession session, IReadOnlyList<AIFunction>? actionTools = null)
    {
        _session = session;
        ActionTools = actionTools ?? [.. new BrowserPlugin(session).AsAITools().OfType<AIFunction>()];
    }

    public string CurrentUrl => _session.CurrentUrl;

    public IReadOnlyList<AIFunction> ActionTools { get; }

    public Task<PageObservation> ObserveAsync(ObservationOptions options, CancellationToken cancellationToken) => _session.ObserveAsync(options, cancellationToken);

    public Task<ActionOutcome> ExecuteAsync(BrowserAction action, CancellationToken cancellationToken) => _session.ExecuteAsync(action, cancellationToken);

    public Task<ActionOutcome> OpenAsync(string url, CancellationToken cancellationToken) => _session.OpenAsync(url, cancellationToken);

    public Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken) => _session.ScreenshotAsync(cancellationToken);
}
