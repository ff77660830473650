using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Running;

namespace PlanAct.Agents.Orchestration;

/// <summary>
/// The group chat manager of a Plan–Act task: planner, executor, planner, … It ends the chat on the planner's stop,
/// the step limit, the cost budget, repeated or failing actions, fatal errors and cancellation (rules in
/// <see cref="TerminationPolicy"/>), and keeps the executor's tool-call plumbing out of what is broadcast to the planner.
/// One instance per task run (created by the workflow's manager factory).
/// </summary>
public sealed class PlanActGroupChatManager : GroupChatManager
{
    private readonly AIAgent _planner;
    private readonly AIAgent _executor;
    private readonly PlanActEpisode _episode;
    private readonly CancellationToken _runCancellation;

    internal PlanActGroupChatManager(AIAgent planner, AIAgent executor, PlanActEpisode episode, CancellationToken runCancellation)
    {
        _planner = planner;
        _executor = executor;
        _episode = episode;
        _runCancellation = runCancellation;

        // N executor steps plus the final planner turn: 2N + 1 dispatches.
        MaximumIterationCount = (2 * episode.Options.MaxSteps) + 1;
    }

    /// <summary>Strips tool calls and tool results from broadcasts (the planner declares no tools; providers reject orphan tool messages).</summary>
    /// <param name="messages">The last speaker's messages.</param>
    /// <returns>Only their plain content.</returns>
    public static IEnumerable<ChatMessage> WithoutToolPlumbing(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages
            .Where(m => m.Role != ChatRole.Tool)
            .Select(m => new ChatMessage(m.Role, [.. m.Contents.Where(c => c is not FunctionCallContent and not FunctionResultContent)]) { AuthorName = m.AuthorName, MessageId = m.MessageId })
            .Where(m => m.Contents.Count > 0);
    }

    /// <inheritdoc />
    protected override ValueTask<AIAgent> SelectNextAgentAsync(IReadOnlyList<ChatMessage> history, CancellationToken cancellationToken = default)
        => new(IterationCount % 2 == 0 ? _planner : _executor);

    /// <inheritdoc />
    protected override async ValueTask<bool> ShouldTerminateAsync(IReadOnlyList<ChatMessage> history, CancellationToken cancellationToken = default)
    {
        if (_episode.CheckTermination(_runCancellation.IsCancellationRequested || cancellationToken.IsCancellationRequested) is not null)
        {
            return true;
        }

        if (await base.ShouldTerminateAsync(history, cancellationToken))
        {
            _episode.Conclude(new TerminationDecision(WebTaskStatus.MaxSteps, $"The group chat reached its iteration limit ({MaximumIterationCount})."));
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    protected override ValueTask<IEnumerable<ChatMessage>> UpdateHistoryAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken = default)
        => new(WithoutToolPlumbing(messages));
}
