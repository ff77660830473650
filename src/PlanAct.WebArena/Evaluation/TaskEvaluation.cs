namespace PlanAct.WebArena.Evaluation;

/// <summary>The evaluation of a task: the product of its evaluators' scores, with each verdict.</summary>
/// <param name="Score">The product of the verdicts' scores (0 or 1).</param>
/// <param name="Verdicts">One verdict per <c>eval_types</c> entry, in order.</param>
public sealed record TaskEvaluation(double Score, IReadOnlyList<EvaluatorVerdict> Verdicts)
{
    /// <summary>Whether every evaluator passed.</summary>
    public bool Passed => Score >= 1;
}
