using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Observation;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Tests.Suite;

/// <summary>
/// A rule-based stand-in for the agents that works only from what it observes: it finds the mug the intent asks about
/// (or the cheapest one) by its link name in the accessibility tree, clicks the id it read, and answers from the page.
/// </summary>
internal sealed partial class ObservingAgent : IWebAgent
{
    public ConcurrentBag<string> SeenUrls { get; } = [];

    public async Task<AgentOutcome> RunAsync(WebArenaTask task, BrowserSession session, TaskRunContext context, CancellationToken cancellationToken)
    {
        var options = new ObservationOptions { Format = ObservationFormat.AccessibilityTree };
        var steps = 0;
        var observation = await ObserveAsync(session, options, cancellationToken);
        var links = LinkPattern().Matches(observation.Text).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value, StringComparer.OrdinalIgnoreCase);
        string? target;
        if (task.Intent.Contains("cheapest", StringComparison.OrdinalIgnoreCase))
        {
            var prices = LinkWithPricePattern().Matches(observation.Text)
                .Select(m => (Name: m.Groups[1].Value, Price: decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
            target = prices.OrderBy(p => p.Price).Select(p => p.Name).FirstOrDefault();
        }
        else
        {
            target = links.Keys.FirstOrDefault(name => task.Intent.Contains(name, StringComparison.OrdinalIgnoreCase));
        }

        if (target is null || !links.TryGetValue(target, out var id))
        {
            return new AgentOutcome { Answer = "N/A", Steps = steps, InputTokens = observation.TokenCount };
        }

        await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = id }, cancellationToken);
        steps++;
        observation = await ObserveAsync(session, options, cancellationToken);
        if (task.Intent.StartsWith("Add", StringComparison.Ordinal))
        {
            var button = ButtonPattern().Match(observation.Text);
            await session.ExecuteAsync(new BrowserAction(BrowserActionKind.Click) { ElementId = button.Groups[1].Value }, cancellationToken);
            steps++;
            observation = await ObserveAsync(session, options, cancellationToken);
            return new AgentOutcome { Answer = observation.Text.Contains("Added", StringComparison.Ordinal) ? "Done" : "Failed", Steps = steps, CostUsd = 0.002m };
        }

        var price = PricePattern().Match(observation.Text);
        return new AgentOutcome { Answer = $"The {target} costs ${price.Groups[1].Value}", Steps = steps, InputTokens = 500, OutputTokens = 20, CostUsd = 0.001m };
    }

    private async Task<PageObservation> ObserveAsync(BrowserSession session, ObservationOptions options, CancellationToken cancellationToken)
    {
        var observation = await session.ObserveAsync(options, cancellationToken);
        SeenUrls.Add(observation.Url);
        return observation;
    }

    [GeneratedRegex(@"\[(\d+)\] link '([^']+)'")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"link '([^']+)'[\s\S]*?\$(\d+\.\d\d)")]
    private static partial Regex LinkWithPricePattern();

    [GeneratedRegex(@"\[(\d+)\] button 'Add to Cart'")]
    private static partial Regex ButtonPattern();

    [GeneratedRegex(@"\$(\d+\.\d\d)")]
    private static partial Regex PricePattern();
}
