using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanAct.Agents.Running;

namespace PlanAct.Agents.DependencyInjection;

/// <summary>Creates <see cref="PlanActRunner"/>s with the configured <see cref="AgentOptions"/> and the run's shared <see cref="CostLedger"/>.</summary>
public sealed class PlanActRunnerFactory
{
    private readonly AgentOptions _options;
    private readonly ILoggerFactory? _loggerFactory;

    /// <summary>Creates the factory.</summary>
    /// <param name="options">The bound agent options.</param>
    /// <param name="ledger">The run's cost ledger.</param>
    /// <param name="loggerFactory">Optional logger factory.</param>
    public PlanActRunnerFactory(IOptions<AgentOptions> options, CostLedger ledger, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ledger);
        _options = options.Value;
        Ledger = ledger;
        _loggerFactory = loggerFactory;
    }

    /// <summary>The run-wide cost ledger every created runner shares.</summary>
    public CostLedger Ledger { get; }

    /// <summary>Creates a runner over the given role clients.</summary>
    /// <param name="plannerClient">The planner's chat client.</param>
    /// <param name="executorClient">The executor's chat client.</param>
    /// <returns>The runner.</returns>
    public PlanActRunner Create(IChatClient plannerClient, IChatClient executorClient)
        => new(plannerClient, executorClient, _options, _loggerFactory, Ledger);
}
