namespace PlanAct.Agents.Planning;

/// <summary>The result of parsing a planner reply.</summary>
/// <param name="Turn">The parsed turn, or <see langword="null"/> when the reply did not parse.</param>
/// <param name="Error">When parsing failed: what was missing, written for the planner model to read and correct.</param>
public sealed record PlannerParseResult(PlannerTurn? Turn, string? Error)
{
    /// <summary>Whether the reply parsed.</summary>
    public bool Success => Turn is not null;
}
