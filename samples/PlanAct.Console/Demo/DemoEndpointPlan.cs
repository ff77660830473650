using Microsoft.Extensions.Configuration;
using PlanAct.Agents.Configuration;

namespace PlanAct.Console.Demo;

/// <summary>
/// Decides, before anything is launched, which endpoints the demo will use. With only OPENROUTER_API_KEY set, the
/// executor moves to OpenRouter as well (the default executor is a local vLLM server most people do not have).
/// </summary>
internal static class DemoEndpointPlan
{
    private const string OpenRouterEndpoint = PlanActOptions.DefaultPlannerEndpoint;

    /// <summary>Extra configuration to apply, and a sentence describing it (null when nothing changes).</summary>
    public static (IReadOnlyDictionary<string, string?> Overrides, string? Note) Decide(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var demo = new DemoOptions();
        configuration.GetSection(DemoOptions.SectionName).Bind(demo);
        var plannerEndpoint = configuration["PlanAct:Planner:Endpoint"];
        var plannerKey = configuration["PlanAct:Planner:ApiKey"];
        var executorConfigured = !string.IsNullOrWhiteSpace(configuration["PlanAct:Executor:Endpoint"]);
        var plannerOnOpenRouter = string.IsNullOrWhiteSpace(plannerEndpoint) || IsOpenRouter(plannerEndpoint);
        if (!demo.ExecutorOnOpenRouter || executorConfigured || !plannerOnOpenRouter || string.IsNullOrWhiteSpace(plannerKey))
        {
            return (new Dictionary<string, string?>(), null);
        }

        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["PlanAct:Executor:Endpoint"] = OpenRouterEndpoint,
            ["PlanAct:Executor:Model"] = demo.OpenRouterExecutorModel,
            ["PlanAct:Executor:ApiKey"] = plannerKey,
        };
        return (overrides, $"The executor runs on OpenRouter ({demo.OpenRouterExecutorModel}) because PlanAct:Executor:Endpoint is not set; set it (or EXECUTOR_ENDPOINT) to use your own server, or PlanAct:Demo:OpenRouterExecutorModel to pick another model.");
    }

    /// <summary>The message shown when no usable endpoint is configured.</summary>
    public static string MissingEndpointHelp =>
        "planact demo needs an LLM endpoint. The quickest way: set OPENROUTER_API_KEY=<your OpenRouter key> " +
        "(the planner then runs anthropic/claude-sonnet-4 on OpenRouter, and the executor a small OpenRouter model). " +
        "Or point PlanAct:Planner:Endpoint / Model / ApiKey (and PlanAct:Executor:*) at any OpenAI-compatible server, " +
        "e.g. PLANNER_ENDPOINT, PLANNER_MODEL_NAME, EXECUTOR_ENDPOINT, EXECUTOR_MODEL_NAME. Run `planact check` to test them.";

    private static bool IsOpenRouter(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Host.EndsWith("openrouter.ai", StringComparison.OrdinalIgnoreCase);
}
