namespace PlanAct.WebArena.Suite;

/// <summary>What a task run may use: its cost budget and where to put artifacts.</summary>
/// <param name="CostBudgetUsd">Stop the agent once it has spent this much, or <see langword="null"/> for no limit.</param>
/// <param name="OutputFolder">Folder for the task's artifacts (trajectory, screenshots).</param>
/// <param name="Shard">The shard running the task (e.g. <c>1/4</c>), or <see langword="null"/>.</param>
public sealed record TaskRunContext(decimal? CostBudgetUsd, string OutputFolder, string? Shard);
