using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Running;
using PlanAct.Agents.Usage;

namespace PlanAct.Agents.DependencyInjection;

/// <summary>
/// Creates <see cref="PlanActRunner"/>s with the configured <see cref="AgentOptions"/>, the run's shared
/// <see cref="CostLedger"/>, and (when registered) the connectors' role clients and usage tracker.
/// </summary>
public sealed class PlanActRunnerFactory
{
    private readonly AgentOptions _options;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly IModelClientFactory? _clients;
    private readonly UsageTracker? _usage;

    /// <summary>Creates the factory.</summary>
    /// <param name="options">The bound agent options.</param>
    /// <param name="ledger">The run's cost ledger.</param>
    /// <param name="clients">The connectors' role clients, if registered.</param>
    /// <param name="usage">The connectors' usage tracker, if registered.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    public PlanActRunnerFactory(IOptions<AgentOptions> options, CostLedger ledger, IModelClientFactory? clients = null, UsageTracker? usage = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ledger);
        _options = options.Value;
        Ledger = ledger;
        _clients = clients;
        _usage = usage;
        _loggerFactory = loggerFactory;
    }

    /// <summary>The run-wide cost ledger every created runner shares.</summary>
    public CostLedger Ledger { get; }

    /// <summary>Creates a runner over the connectors' planner and executor clients.</summary>
    /// <returns>The runner.</returns>
    /// <exception cref="InvalidOperationException">The connectors are not registered (call <c>AddPlanActConnectors</c>).</exception>
    public PlanActRunner Create()
    {
        if (_clients is null)
        {
            throw new InvalidOperationException("No IModelClientFactory is registered: call services.AddPlanActConnectors(configuration), or use Create(plannerClient, executorClient).");
        }

        return Create(_clients.GetChatClient(ModelRole.Planner), _clients.GetChatClient(ModelRole.Executor));
    }

    /// <summary>Creates a runner over the given role clients.</summary>
    /// <param name="plannerClient">The planner's chat client.</param>
    /// <param name="executorClient">The executor's chat client.</param>
    /// <returns>The runner.</returns>
    public PlanActRunner Create(IChatClient plannerClient, IChatClient executorClient)
        => new(plannerClient, executorClient, _options, _loggerFactory, Ledger) { UsageTracker = _usage };
}
