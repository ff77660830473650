using System.ComponentModel;
using System.Text.Json.Serialization;

namespace PlanAct.Agents.Planning;

/// <summary>The JSON shape of a planner reply when structured output (JSON schema) is used.</summary>
public sealed class PlannerJsonReply
{
    /// <summary>Short reasoning: what the page shows now and whether the previous action worked.</summary>
    [JsonPropertyName("reasoning")]
    [Description("What the current page shows and whether the executor's previous action worked.")]
    public string? Reasoning { get; set; }

    /// <summary>The high-level plan for the remaining work.</summary>
    [JsonPropertyName("global_plan")]
    [Description("The high-level plan for the remaining work, as numbered steps.")]
    public string? GlobalPlan { get; set; }

    /// <summary>Facts found so far that are needed later.</summary>
    [JsonPropertyName("memory")]
    [Description("All facts found so far that later steps or the final answer need. Empty if none.")]
    public string? Memory { get; set; }

    /// <summary>Exactly one next executor instruction, or null when done.</summary>
    [JsonPropertyName("instruction")]
    [Description("Exactly one next browser action for the executor, in words, without element ids. Null when done.")]
    public string? Instruction { get; set; }

    /// <summary>Whether the task is finished.</summary>
    [JsonPropertyName("done")]
    [Description("True when the task is finished; then final_answer holds the answer.")]
    public bool Done { get; set; }

    /// <summary>The final answer when done.</summary>
    [JsonPropertyName("final_answer")]
    [Description("Only the final answer (or N/A when impossible), when done is true.")]
    public string? FinalAnswer { get; set; }
}
