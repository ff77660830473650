namespace PlanAct.WebArena.Evaluation;

/// <summary>The LLM judge behind <c>fuzzy_match</c> and the N/A (unachievable) rule.</summary>
public interface IAnswerJudge
{
    /// <summary>Judges whether <paramref name="answer"/> means the same as <paramref name="reference"/> for <paramref name="question"/>.</summary>
    /// <param name="question">The task intent.</param>
    /// <param name="reference">The reference answer (items joined with <c>", "</c>).</param>
    /// <param name="answer">The agent's answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>1 for correct, 0 for incorrect or partially correct.</returns>
    Task<JudgeVerdict> JudgeEquivalenceAsync(string question, string reference, string answer, CancellationToken cancellationToken = default);

    /// <summary>Judges whether the reported reason a task cannot be done matches the actual one.</summary>
    /// <param name="task">The task intent.</param>
    /// <param name="actualReason">The task's <c>string_note</c>.</param>
    /// <param name="reportedReason">The agent's answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>1 for the same reason, 0 for a different one.</returns>
    Task<JudgeVerdict> JudgeUnachievableReasonAsync(string task, string actualReason, string reportedReason, CancellationToken cancellationToken = default);
}
