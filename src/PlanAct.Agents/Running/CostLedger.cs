namespace PlanAct.Agents.Running;

/// <summary>
/// A thread-safe running total of model cost in USD, shared by the tasks of one run so that
/// <see cref="AgentOptions.MaxRunCostUsd"/> can stop a task when the run's budget is spent.
/// </summary>
public sealed class CostLedger
{
    private readonly Lock _gate = new();
    private decimal _total;

    /// <summary>The cost recorded so far in USD.</summary>
    public decimal TotalUsd
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Adds a cost.</summary>
    /// <param name="usd">The amount in USD (negative values are ignored).</param>
    public void Add(decimal usd)
    {
        if (usd <= 0)
        {
            return;
        }

        lock (_gate)
        {
            _total += usd;
        }
    }
}
