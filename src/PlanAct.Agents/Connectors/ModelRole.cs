namespace PlanAct.Agents.Connectors;

/// <summary>The two model roles of Plan-and-Act.</summary>
public enum ModelRole
{
    /// <summary>Writes and revises the high-level plan (e.g. Claude Sonnet 4 via OpenRouter).</summary>
    Planner,

    /// <summary>Turns each plan step into one browser action (e.g. a small model behind vLLM).</summary>
    Executor,
}
