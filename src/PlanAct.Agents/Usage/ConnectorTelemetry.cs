using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PlanAct.Agents.Usage;

/// <summary>
/// OpenTelemetry names. GenAI spans and the standard <c>gen_ai.client.*</c> metrics come from Microsoft.Extensions.AI's
/// OpenTelemetry chat client under <see cref="SourceName"/>; PlanAct's own metrics (cost, calls, fallbacks) use <see cref="MeterName"/>.
/// </summary>
public static class ConnectorTelemetry
{
    /// <summary>ActivitySource and Meter name of the GenAI chat spans and metrics: <c>PlanAct.Connectors</c>.</summary>
    public const string SourceName = "PlanAct.Connectors";

    /// <summary>Meter name of PlanAct's usage metrics: <c>PlanAct.Connectors.Usage</c>.</summary>
    public const string MeterName = "PlanAct.Connectors.Usage";

    /// <summary>Counter of USD spent (<c>planact.llm.cost</c>).</summary>
    public const string CostInstrument = "planact.llm.cost";

    /// <summary>Counter of model calls (<c>planact.llm.calls</c>).</summary>
    public const string CallsInstrument = "planact.llm.calls";

    /// <summary>Counter of planner calls served by the fallback (<c>planact.llm.fallbacks</c>).</summary>
    public const string FallbacksInstrument = "planact.llm.fallbacks";

    /// <summary>Histogram of tokens per call (<c>planact.llm.tokens</c>, tag <c>gen_ai.token.type</c>).</summary>
    public const string TokensInstrument = "planact.llm.tokens";

    private static readonly Meter Meter = new(MeterName);

    internal static Counter<double> Cost { get; } = Meter.CreateCounter<double>(CostInstrument, "USD", "Cost of model calls");

    internal static Counter<long> Calls { get; } = Meter.CreateCounter<long>(CallsInstrument, "{call}", "Model calls");

    internal static Counter<long> Fallbacks { get; } = Meter.CreateCounter<long>(FallbacksInstrument, "{call}", "Planner calls served by the fallback");

    internal static Histogram<long> Tokens { get; } = Meter.CreateHistogram<long>(TokensInstrument, "{token}", "Tokens per model call");

    internal static TagList Tags(UsageRecord r) => new()
    {
        { "planact.role", r.Role.ToString() },
        { "gen_ai.request.model", r.Model },
        { "planact.fallback", r.IsFallback },
        { "planact.success", r.Succeeded },
    };
}
