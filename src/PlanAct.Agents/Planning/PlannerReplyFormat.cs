namespace PlanAct.Agents.Planning;

/// <summary>The reply formats the planner parser accepts.</summary>
public enum PlannerReplyFormat
{
    /// <summary>The PA-CLAUDE text layout: <c>##Global Plan:</c> … <c>\MEMORY:</c> … <c>\INSTRUCTION:</c> … or <c>\stop(answer)</c>.</summary>
    Text,

    /// <summary>A JSON object following <see cref="PlannerJsonReply"/> (structured output).</summary>
    Json,

    /// <summary>A turn made by the runner without a model call (plan unchanged between replans).</summary>
    Carried,
}
