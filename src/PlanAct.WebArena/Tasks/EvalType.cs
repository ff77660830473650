namespace PlanAct.WebArena.Tasks;

/// <summary>One of the evaluators a task names in <c>eval.eval_types</c>.</summary>
public enum EvalType
{
    /// <summary><c>string_match</c>: checks the agent's final answer.</summary>
    StringMatch,

    /// <summary><c>url_match</c>: checks the URL of the page the agent finished on.</summary>
    UrlMatch,

    /// <summary><c>program_html</c>: inspects pages after the episode.</summary>
    ProgramHtml,
}
