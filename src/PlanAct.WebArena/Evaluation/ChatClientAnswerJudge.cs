using Microsoft.Extensions.AI;

namespace PlanAct.WebArena.Evaluation;

/// <summary>
/// An <see cref="IAnswerJudge"/> on any <see cref="IChatClient"/> (by default the planner's client), following
/// WebArena's judge protocol: temperature 0, at most 768 tokens, a one-word verdict read from the reply.
/// </summary>
public sealed class ChatClientAnswerJudge : IAnswerJudge
{
    private const string SystemPrompt = "You are a helpful assistant";
    private readonly IChatClient _client;
    private readonly string? _model;

    /// <summary>Creates a judge on <paramref name="client"/>.</summary>
    /// <param name="client">The chat client.</param>
    /// <param name="model">The model id to request (recorded with verdicts); <see langword="null"/> uses the client's default.</param>
    public ChatClientAnswerJudge(IChatClient client, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _model = model;
    }

    /// <inheritdoc />
    public async Task<JudgeVerdict> JudgeEquivalenceAsync(string question, string reference, string answer, CancellationToken cancellationToken = default)
    {
        var prompt =
            "Help a teacher grade a student's answer. Judge whether the student's answer has the same meaning as the reference answer; " +
            "different wording is fine. A reference of 'N/A' means the task is not achievable." + "\n" +
            $"question: {question}\n" +
            $"reference answer: {reference}\n" +
            "note: the string 'N/A' means \"not achievable\"\n" +
            $"student answer: {answer}\n" +
            "Reply with exactly one of: correct, incorrect, partially correct.";
        var reply = await AskAsync(prompt, cancellationToken);
        var lower = reply.ToLowerInvariant();
        var score = lower.Contains("partially correct", StringComparison.Ordinal) || lower.Contains("incorrect", StringComparison.Ordinal)
            ? 0.0
            : lower.Contains("correct", StringComparison.Ordinal) ? 1.0 : 0.0;
        return new JudgeVerdict(score, prompt, reply, _model);
    }

    /// <inheritdoc />
    public async Task<JudgeVerdict> JudgeUnachievableReasonAsync(string task, string actualReason, string reportedReason, CancellationToken cancellationToken = default)
    {
        var prompt =
            "A task cannot be completed. Compare the reason the agent reported with the actual reason and decide whether they describe the same thing." + "\n" +
            $"task: {task}\n" +
            $"actual unachievable reason: {actualReason}\n" +
            $"reported unachievable reason: {reportedReason}\n" +
            "Reply with exactly one word: same or different.";
        var reply = await AskAsync(prompt, cancellationToken);
        var score = reply.Contains("different", StringComparison.OrdinalIgnoreCase) ? 0.0 : 1.0;
        return new JudgeVerdict(score, prompt, reply, _model);
    }

    private async Task<string> AskAsync(string prompt, CancellationToken cancellationToken)
    {
        var options = new ChatOptions { Temperature = 0, TopP = 1, MaxOutputTokens = 768, ModelId = _model };
        var response = await _client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, prompt)],
            options,
            cancellationToken);
        return response.Text ?? "";
    }
}
