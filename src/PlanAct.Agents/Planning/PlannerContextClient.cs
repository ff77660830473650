using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Orchestration;
using PlanAct.Agents.Prompts;
using PlanAct.Agents.Running;

namespace PlanAct.Agents.Planning;

/// <summary>
/// The chat client under the planner <c>ChatClientAgent</c>. It replaces whatever history the group chat hands the
/// agent with a fresh, compact prompt built from the episode (stable system prompt first, then one user message with
/// the task, current page, previous plan and memory, and the executor's recent steps), calls the model, parses the
/// reply (asking again once with the parse error), and stores the turn in the episode.
/// </summary>
/// <remarks>
/// Design choice: rebuilding the context in a <see cref="DelegatingChatClient"/> under the agent keeps the agent a
/// plain <c>ChatClientAgent</c> in the group chat while the prompt stays small and its prefix byte-identical across
/// steps (for provider prompt caching). The group chat's own transcript is still kept (for the workflow output) but
/// never sent to the model. When the replan policy says not to replan, the turn is answered here without a model
/// call ("carried over"), which keeps the planner → executor alternation the group chat requires.
/// Model calls are non-streaming even when the agent streams: the whole reply is needed to parse it, and usage
/// arrives with it.
/// </remarks>
internal sealed class PlannerContextClient : DelegatingChatClient
{
    private readonly PlanActEpisode _episode;

    public PlannerContextClient(IChatClient inner, PlanActEpisode episode)
        : base(inner)
    {
        _episode = episode;
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        _episode.BeginPlannerTurn();
        var agentOptions = _episode.Options;
        var observation = await _episode.ObserveAsync(agentOptions.PlannerObservation, agentOptions.PlannerObservationMaxTokens, cancellationToken);
        if (!_episode.ShouldCallPlannerModel())
        {
            var carried = PlannerTurn.Instruct(_episode.Plan, _episode.Memory, PromptComposer.ContinueInstruction(_episode.Plan, _episode.LastPlannedInstruction)) with { Format = PlannerReplyFormat.Carried };
            _episode.AcceptPlannerTurn(carried, null, replanned: false, observation);
            return Reply(carried.Instruction!);
        }

        var prompt = new List<ChatMessage>
        {
            PlannerSystemMessage.Create(_episode.Prompts, agentOptions.PromptCaching),
            new(ChatRole.User, PromptComposer.PlannerMessage(_episode.Task, _episode.Plan, _episode.Memory, _episode.RecentSteps(agentOptions.PlannerHistoryLength), observation)),
        };

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            ChatResponse response;
            var started = Stopwatch.GetTimestamp();
            try
            {
                response = await base.GetResponseAsync(prompt, options, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _episode.Fail(WebTaskStatus.ModelError, $"The planner model endpoint failed: {ex.GetType().Name}: {ex.Message}");
                return Reply("(planner endpoint failed)");
            }

            _episode.RecordPlannerCall(response, Stopwatch.GetElapsedTime(started));
            var parsed = PlannerReplyParser.Parse(response.Text);
            if (parsed.Turn is { } turn)
            {
                _episode.AcceptPlannerTurn(turn, response.Text, replanned: true, observation);
                return response;
            }

            if (attempt == 2)
            {
                _episode.Fail(WebTaskStatus.PlannerFormatError, $"The planner's reply did not parse after one retry: {parsed.Error}");
                return response;
            }

            prompt.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            prompt.Add(new ChatMessage(ChatRole.User, $"Your reply could not be used: {parsed.Error}\nReply again, following the required format exactly."));
        }

        return Reply("(unreachable)");
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    private static ChatResponse Reply(string text) => new(new ChatMessage(ChatRole.Assistant, text));
}
