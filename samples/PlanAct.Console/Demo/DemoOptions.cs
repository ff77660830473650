namespace PlanAct.Console.Demo;

/// <summary>Options of <c>planact demo</c>, bound from <c>PlanAct:Demo</c>.</summary>
internal sealed class DemoOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "PlanAct:Demo";

    /// <summary>
    /// When the executor endpoint is not configured but an OpenRouter key is, run the executor on OpenRouter too
    /// (model <see cref="OpenRouterExecutorModel"/>). Default true.
    /// </summary>
    public bool ExecutorOnOpenRouter { get; set; } = true;

    /// <summary>The OpenRouter model the executor uses in that case.</summary>
    public string OpenRouterExecutorModel { get; set; } = "qwen/qwen-2.5-7b-instruct";
}
