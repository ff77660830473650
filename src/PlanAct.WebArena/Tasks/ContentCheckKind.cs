namespace PlanAct.WebArena.Tasks;

/// <summary>How a <c>program_html</c> target's extracted text is checked (the key of <c>required_contents</c>).</summary>
public enum ContentCheckKind
{
    /// <summary><c>exact_match</c>: cleaned equality with one value.</summary>
    ExactMatch,

    /// <summary><c>must_include</c>: every value (with <c> |OR| </c> alternatives) is included.</summary>
    MustInclude,

    /// <summary><c>must_exclude</c>: no value is included.</summary>
    MustExclude,

    /// <summary><c>fuzzy_match</c>: an LLM judge compares the text with the values.</summary>
    FuzzyMatch,
}
