namespace PlanAct.WebArena.Tasks;

/// <summary>The <c>eval</c> object of a task: which evaluators run and their references.</summary>
public sealed record TaskEvaluationSpec
{
    /// <summary>The evaluators, in order; the task score is the product of their scores.</summary>
    public required IReadOnlyList<EvalType> EvalTypes { get; init; }

    /// <summary>References for <c>string_match</c>, or <see langword="null"/>.</summary>
    public ReferenceAnswers? ReferenceAnswers { get; init; }

    /// <summary>Reference URL(s) for <c>url_match</c>, alternatives joined by <c> |OR| </c>; may be empty.</summary>
    public string? ReferenceUrl { get; init; }

    /// <summary>The matching rule for <c>url_match</c> (<c>GOLD in PRED</c>) or <see langword="null"/> for the default.</summary>
    public string? UrlNote { get; init; }

    /// <summary>Targets for <c>program_html</c>.</summary>
    public IReadOnlyList<ProgramHtmlTarget> ProgramHtml { get; init; } = [];

    /// <summary>The reason an unachievable task cannot be done (compared by the N/A judge), or empty.</summary>
    public string? StringNote { get; init; }
}
