using Microsoft.Playwright;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Evaluation;

/// <summary>Runs a task's evaluators in <c>eval_types</c> order on the final answer and page; the score is their product.</summary>
public sealed class TaskEvaluator
{
    private readonly StringMatchEvaluator _stringMatch;
    private readonly ProgramHtmlEvaluator _programHtml;
    private readonly UrlMatchVariant _urlMatchVariant;

    /// <summary>Creates the router.</summary>
    /// <param name="stringMatch">The <c>string_match</c> evaluator.</param>
    /// <param name="programHtml">The <c>program_html</c> evaluator.</param>
    /// <param name="urlMatchVariant">Which <c>url_match</c> rules to apply.</param>
    public TaskEvaluator(StringMatchEvaluator stringMatch, ProgramHtmlEvaluator programHtml, UrlMatchVariant urlMatchVariant)
    {
        ArgumentNullException.ThrowIfNull(stringMatch);
        ArgumentNullException.ThrowIfNull(programHtml);
        _stringMatch = stringMatch;
        _programHtml = programHtml;
        _urlMatchVariant = urlMatchVariant;
    }

    /// <summary>Evaluates the outcome of an episode.</summary>
    /// <param name="task">The task.</param>
    /// <param name="answer">The agent's final answer (empty when none).</param>
    /// <param name="page">The page the agent left current; required for <c>url_match</c> and <c>program_html</c>.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The evaluation with one verdict per evaluator.</returns>
    public async Task<TaskEvaluation> EvaluateAsync(WebArenaTask task, string answer, IPage? page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(answer);
        var verdicts = new List<EvaluatorVerdict>();
        foreach (var type in task.Eval.EvalTypes)
        {
            var verdict = type switch
            {
                EvalType.StringMatch => await _stringMatch.EvaluateAsync(task, answer, cancellationToken),
                EvalType.UrlMatch => UrlMatchEvaluator.Evaluate(task.Eval.ReferenceUrl ?? "", task.Eval.UrlNote, RequirePage(task, page, type).Url, _urlMatchVariant),
                _ => await _programHtml.EvaluateAsync(task, RequirePage(task, page, type), cancellationToken),
            };
            verdicts.Add(verdict);
        }

        return new TaskEvaluation(verdicts.Aggregate(1.0, (s, v) => s * v.Score), verdicts);
    }

    private static IPage RequirePage(WebArenaTask task, IPage? page, EvalType type) =>
        page ?? throw new InvalidOperationException($"Task {task.TaskId} is evaluated with {type}, which needs the final page, but none was given.");
}
