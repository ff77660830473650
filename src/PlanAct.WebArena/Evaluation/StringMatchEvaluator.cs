using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Evaluation;

/// <summary>
/// <c>string_match</c> with WebArena-Lite's (VAB) rules: <c>exact_match</c>, <c>must_include</c> (with <c> |OR| </c>
/// and whole-token matching of single words), <c>must_exclude</c>, <c>one_of</c>, <c>required_values</c>, and
/// <c>fuzzy_match</c> judged by an LLM, including the N/A rule with <c>string_note</c>.
/// </summary>
public sealed class StringMatchEvaluator
{
    /// <summary>The evaluator's name in verdicts.</summary>
    public const string Name = "string_match";

    private readonly IAnswerJudge? _judge;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="judge">The LLM judge for <c>fuzzy_match</c>; tasks that need one fail with an error when it is <see langword="null"/>.</param>
    public StringMatchEvaluator(IAnswerJudge? judge)
    {
        _judge = judge;
    }

    /// <summary>Scores <paramref name="answer"/> against the task's reference answers.</summary>
    /// <param name="task">The task.</param>
    /// <param name="answer">The agent's final answer (empty when it did not answer).</param>
    /// <param name="cancellationToken">Cancels judge calls.</param>
    /// <returns>The verdict.</returns>
    public async Task<EvaluatorVerdict> EvaluateAsync(WebArenaTask task, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(answer);
        var references = task.Eval.ReferenceAnswers
            ?? throw new InvalidOperationException($"Task {task.TaskId} uses string_match but has no reference_answers.");
        var lines = new List<string> { $"prediction (cleaned): \"{StringMatchRules.Clean(answer)}\"" };
        var score = 1.0;

        if (references.ExactMatch is { } exact)
        {
            var pass = StringMatchRules.ExactMatch(exact, answer);
            lines.Add($"exact_match: \"{StringMatchRules.Clean(exact)}\" == prediction → {Pass(pass)}");
            score *= pass ? 1 : 0;
        }

        if (references.MustInclude is { } mustInclude)
        {
            if (references.MustIncludeWasString)
            {
                lines.Add("must_include: reference was a bare string; treated as a one-item list (VAB would reject it)");
            }

            foreach (var item in mustInclude)
            {
                var pass = StringMatchRules.IncludesAny(item, answer);
                lines.Add($"must_include: {DescribeItem(item)} in prediction → {Pass(pass)}");
                score *= pass ? 1 : 0;
            }
        }

        if (references.MustExclude is { } mustExclude)
        {
            foreach (var item in mustExclude)
            {
                var pass = !StringMatchRules.IncludesAny(item, answer);
                lines.Add($"must_exclude: {DescribeItem(item)} not in prediction → {Pass(pass)}");
                score *= pass ? 1 : 0;
            }
        }

        if (references.OneOf is { } oneOf)
        {
            var cleaned = StringMatchRules.Clean(answer);
            var pass = oneOf.Any(o => cleaned.Contains(StringMatchRules.Clean(o), StringComparison.Ordinal));
            lines.Add($"one_of: any of [{string.Join(", ", oneOf.Select(o => $"\"{o}\""))}] is a substring → {Pass(pass)}");
            score *= pass ? 1 : 0;
        }

        if (references.RequiredValues is { } requiredValues)
        {
            foreach (var condition in requiredValues)
            {
                var pass = condition.Split(StringMatchRules.OrSeparator).Any(c => StringMatchRules.SatisfiesValue(c, answer));
                lines.Add($"required_values: prediction satisfies \"{condition}\" → {Pass(pass)}");
                score *= pass ? 1 : 0;
            }
        }

        if (references.FuzzyMatchUnachievable)
        {
            var pass = StringMatchRules.ExactMatch("N/A", answer);
            lines.Add($"fuzzy_match N/A: prediction == \"n/a\" → {Pass(pass)}");
            var fuzzyScore = pass ? 1.0 : 0.0;
            if (!pass)
            {
                var verdict = await RequireJudge(task).JudgeUnachievableReasonAsync(task.Intent, task.Eval.StringNote ?? "", answer, cancellationToken);
                lines.Add($"fuzzy_match N/A: unachievable judge ({verdict.Model ?? "default model"}) compared the answer with string_note \"{task.Eval.StringNote}\": replied \"{verdict.Reply.Trim()}\" → {verdict.Score}");
                fuzzyScore = verdict.Score;
            }

            score *= fuzzyScore;
        }
        else if (references.FuzzyMatch is { } fuzzy)
        {
            var reference = string.Join(", ", fuzzy);
            var verdict = await RequireJudge(task).JudgeEquivalenceAsync(task.Intent, reference, answer, cancellationToken);
            lines.Add($"fuzzy_match: judge ({verdict.Model ?? "default model"}) compared with \"{reference}\": replied \"{verdict.Reply.Trim()}\" → {verdict.Score}");
            score *= verdict.Score;
        }

        return new EvaluatorVerdict(Name, score, lines);
    }

    internal static string Pass(bool pass) => pass ? "pass" : "FAIL";

    internal static string DescribeItem(string item)
    {
        var alternatives = item.Split(StringMatchRules.OrSeparator);
        return string.Join(" |OR| ", alternatives.Select(a =>
        {
            var clean = StringMatchRules.Clean(a);
            var mode = TreebankTokenizer.Tokenize(clean).Count == 1 ? "token" : "substring";
            return $"\"{clean}\" ({mode})";
        }));
    }

    private IAnswerJudge RequireJudge(WebArenaTask task) =>
        _judge ?? throw new InvalidOperationException($"Task {task.TaskId} needs an LLM judge for fuzzy_match, but none is configured (set PlanAct:WebArena:Judge or register an IChatClient).");
}
