namespace PlanAct.Agents.Configuration;

/// <summary>The one retry layer for model calls: exponential backoff with jitter that honours <c>Retry-After</c>.</summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt (0 turns retries off). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; doubles each time. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for one wait, including a <c>Retry-After</c> wait. Default 60 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Randomise delays so parallel runs do not retry in lockstep. Default true.</summary>
    public bool UseJitter { get; set; } = true;
}
