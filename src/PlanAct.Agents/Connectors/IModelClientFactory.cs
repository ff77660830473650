using Microsoft.Extensions.AI;

namespace PlanAct.Agents.Connectors;

/// <summary>Gives the <see cref="IChatClient"/> of each model role, fully wired (retries, error inspection, fallback, usage, OpenTelemetry).</summary>
public interface IModelClientFactory
{
    /// <summary>
    /// The chat client of <paramref name="role"/>. The same instance is returned on every call. For the planner it
    /// falls back to the configured fallback endpoint when enabled.
    /// </summary>
    IChatClient GetChatClient(ModelRole role);
}
