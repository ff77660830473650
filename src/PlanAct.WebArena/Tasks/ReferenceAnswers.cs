namespace PlanAct.WebArena.Tasks;

/// <summary>The <c>eval.reference_answers</c> object used by <c>string_match</c>. Absent keys are <see langword="null"/>.</summary>
public sealed record ReferenceAnswers
{
    /// <summary><c>exact_match</c>: the answer must equal this after cleaning.</summary>
    public string? ExactMatch { get; init; }

    /// <summary><c>must_include</c>: every item (with <c> |OR| </c> alternatives) must be in the answer.</summary>
    public IReadOnlyList<string>? MustInclude { get; init; }

    /// <summary><see langword="true"/> when <c>must_include</c> was a bare string (task 81) rather than a list.</summary>
    public bool MustIncludeWasString { get; init; }

    /// <summary><c>must_exclude</c>: no item may be in the answer.</summary>
    public IReadOnlyList<string>? MustExclude { get; init; }

    /// <summary><c>one_of</c>: at least one item must be a substring of the answer.</summary>
    public IReadOnlyList<string>? OneOf { get; init; }

    /// <summary><c>required_values</c>: numeric conditions such as <c>&lt; 700</c> or <c>== 3 |OR| == 4</c>.</summary>
    public IReadOnlyList<string>? RequiredValues { get; init; }

    /// <summary><c>fuzzy_match</c> as a list of reference answers, judged by an LLM.</summary>
    public IReadOnlyList<string>? FuzzyMatch { get; init; }

    /// <summary><see langword="true"/> when <c>fuzzy_match</c> is the string <c>N/A</c>: the task is unachievable.</summary>
    public bool FuzzyMatchUnachievable { get; init; }
}
