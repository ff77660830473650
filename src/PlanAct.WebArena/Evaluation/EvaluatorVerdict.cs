namespace PlanAct.WebArena.Evaluation;

/// <summary>The verdict of one evaluator: a 0/1 score and what was compared with what.</summary>
/// <param name="Evaluator">The evaluator (<c>string_match</c>, <c>url_match</c>, <c>program_html</c>).</param>
/// <param name="Score">1 when passed, 0 otherwise.</param>
/// <param name="Explanation">One line per comparison made, in order.</param>
public sealed record EvaluatorVerdict(string Evaluator, double Score, IReadOnlyList<string> Explanation)
{
    /// <summary>Whether the evaluator passed.</summary>
    public bool Passed => Score >= 1;
}
