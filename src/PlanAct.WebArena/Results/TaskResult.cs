using PlanAct.WebArena.Evaluation;

namespace PlanAct.WebArena.Results;

/// <summary>The result of one task: outcome, score with the evaluators' explanations, and usage. One JSONL line.</summary>
public sealed record TaskResult
{
    /// <summary>The task id.</summary>
    public required int TaskId { get; init; }

    /// <summary>The task's sites.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];

    /// <summary>How the run ended.</summary>
    public TaskRunStatus Status { get; init; }

    /// <summary>The score: 1 when every evaluator passed, 0 otherwise (also 0 when not evaluated).</summary>
    public double Score { get; init; }

    /// <summary>Whether the task succeeded.</summary>
    public bool Success => Status == TaskRunStatus.Completed && Score >= 1;

    /// <summary>Why the agent stopped (e.g. <c>Completed</c>, <c>MaxSteps</c>), as the agent reported it.</summary>
    public string? AgentStatus { get; init; }

    /// <summary>The agent's final answer.</summary>
    public string? Answer { get; init; }

    /// <summary>The URL of the page the agent finished on.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>Agent steps (actions) taken.</summary>
    public int Steps { get; init; }

    /// <summary>Model input tokens over all roles.</summary>
    public long InputTokens { get; init; }

    /// <summary>Model output tokens over all roles.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Cost in US dollars, when known.</summary>
    public decimal CostUsd { get; init; }

    /// <summary>Wall time of the task, in seconds.</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Why the run failed, for <see cref="TaskRunStatus.Error"/>, timeouts and budget stops.</summary>
    public string? Error { get; init; }

    /// <summary>Each evaluator's verdict and explanation.</summary>
    public IReadOnlyList<EvaluatorVerdict> Verdicts { get; init; } = [];

    /// <summary>Path of the saved trajectory, if any.</summary>
    public string? TrajectoryPath { get; init; }

    /// <summary>The shard that ran the task (e.g. <c>2/4</c>), if sharded.</summary>
    public string? Shard { get; init; }

    /// <summary>When the task finished (UTC).</summary>
    public DateTimeOffset FinishedAt { get; init; }
}
