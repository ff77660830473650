namespace PlanAct.Agents.Planning;

/// <summary>
/// One parsed planner reply: the global plan, the memory of facts found so far, and either exactly one
/// next instruction for the executor or a stop with the final answer.
/// </summary>
public sealed record PlannerTurn
{
    /// <summary>Free reasoning written before the structured part (may be empty).</summary>
    public string Reasoning { get; init; } = "";

    /// <summary>The high-level plan covering the remaining work.</summary>
    public string GlobalPlan { get; init; } = "";

    /// <summary>Facts found so far that later steps or the answer need (may be empty).</summary>
    public string Memory { get; init; } = "";

    /// <summary>The one next instruction for the executor, in words; <see langword="null"/> when the planner stopped.</summary>
    public string? Instruction { get; init; }

    /// <summary>Whether the planner declared the task finished.</summary>
    public bool IsStop { get; init; }

    /// <summary>The final answer given with a stop (empty for tasks without an answer).</summary>
    public string? Answer { get; init; }

    /// <summary>Which reply format the turn was parsed from.</summary>
    public PlannerReplyFormat Format { get; init; }

    /// <summary>Creates an instruction turn.</summary>
    /// <param name="plan">The global plan.</param>
    /// <param name="memory">The memory.</param>
    /// <param name="instruction">The next instruction.</param>
    /// <returns>The turn.</returns>
    public static PlannerTurn Instruct(string plan, string memory, string instruction)
        => new() { GlobalPlan = plan, Memory = memory, Instruction = instruction };

    /// <summary>Creates a stop turn.</summary>
    /// <param name="answer">The final answer.</param>
    /// <returns>The turn.</returns>
    public static PlannerTurn Stop(string answer) => new() { IsStop = true, Answer = answer };
}
