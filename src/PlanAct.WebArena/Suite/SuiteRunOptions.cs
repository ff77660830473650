namespace PlanAct.WebArena.Suite;

/// <summary>How a suite run proceeds.</summary>
public sealed record SuiteRunOptions
{
    /// <summary>Tasks run at once, each in its own browser context. Default: <see cref="DefaultConcurrency"/>.</summary>
    public int MaxConcurrency { get; init; } = DefaultConcurrency;

    /// <summary>Time limit per task; the task is recorded as timed out when it is exceeded.</summary>
    public TimeSpan TaskTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Cost budget per task in US dollars, or <see langword="null"/>.</summary>
    public decimal? CostBudgetUsd { get; init; }

    /// <summary>Never run two state-changing tasks on the same site at once. Default <see langword="true"/>.</summary>
    public bool SerializeStateChangingTasks { get; init; } = true;

    /// <summary>On resume, run again tasks whose recorded result is an error or timeout. Default <see langword="false"/>.</summary>
    public bool RerunErrored { get; init; }

    /// <summary>This machine's shard, or <see langword="null"/> to run every selected task.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Folder for per-task artifacts.</summary>
    public string OutputFolder { get; init; } = "webarena-results";

    /// <summary>A safe number of parallel browser contexts for this machine: half the cores, between 1 and 4.</summary>
    public static int DefaultConcurrency => Math.Clamp(Environment.ProcessorCount / 2, 1, 4);
}
