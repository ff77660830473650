using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Orchestration;
using PlanAct.Agents.Prompts;
using PlanAct.Agents.Running;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Execution;

/// <summary>
/// The chat client under the executor <c>ChatClientAgent</c>. Like the planner's, it sends a fresh prompt per turn
/// (executor system prompt for the mode, then one user message with the instruction, its own recent actions and
/// the current page in the executor's format). In text modes it parses the reply with the configured grammar and
/// executes the action through the browser; in tools mode the agent's function-invocation layer calls the browser
/// tools and <see cref="ExecutorToolMiddleware"/> records the step.
/// </summary>
/// <remarks>
/// In tools mode this client sits under the agent's function-invocation loop, so within one turn it may be called
/// again with the turn's tool call and result appended; those trailing messages are kept after the fresh prompt.
/// </remarks>
internal sealed class ExecutorContextClient : DelegatingChatClient
{
    private readonly PlanActEpisode _episode;
    private readonly Func<string, ActionGrammar, ActionParseResult> _parse;
    private PageObservation? _turnObservation;

    public ExecutorContextClient(IChatClient inner, PlanActEpisode episode, Func<string, ActionGrammar, ActionParseResult> parse)
        : base(inner)
    {
        _episode = episode;
        _parse = parse;
    }

    /// <summary>The observation the executor's current turn acts on.</summary>
    public PageObservation? TurnObservation => _turnObservation;

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var tail = CurrentTurnToolMessages(messages);
        var agentOptions = _episode.Options;
        if (tail.Count == 0)
        {
            _episode.BeginExecutorTurn();
            _turnObservation = await _episode.ObserveAsync(agentOptions.ExecutorObservation, agentOptions.ExecutorObservationMaxTokens, cancellationToken);
        }

        var observation = _turnObservation!;
        if (tail.Count > 0)
        {
            // The function loop came back after a tool result. One action per turn: never call the model again.
            if (!_episode.ActionTakenThisTurn)
            {
                var result = tail.SelectMany(m => m.Contents).OfType<FunctionResultContent>().LastOrDefault();
                var call = tail.SelectMany(m => m.Contents).OfType<FunctionCallContent>().LastOrDefault();
                _episode.ActionTakenThisTurn = true;
                await _episode.CompleteStepAsync(call is null ? "" : ToolCallMapper.Render(call), null, new ActionOutcome(false, "error: invalid tool call: " + result?.Result), TimeSpan.Zero, observation, cancellationToken);
            }

            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "(turn ended: one action per turn)"));
        }

        var prompt = new List<ChatMessage>
        {
            new(ChatRole.System, _episode.Prompts.Executor),
            new(ChatRole.User, PromptComposer.ExecutorMessage(_episode.Task, _episode.Instruction ?? "", _episode.RecentSteps(agentOptions.ExecutorHistoryLength), observation)),
        };
        prompt.AddRange(tail);

        ChatResponse response;
        var started = Stopwatch.GetTimestamp();
        try
        {
            response = await base.GetResponseAsync(prompt, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _episode.Fail(WebTaskStatus.ModelError, $"The executor model endpoint failed: {ex.GetType().Name}: {ex.Message}");
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "(executor endpoint failed)"));
        }

        _episode.RecordExecutorCall(response, Stopwatch.GetElapsedTime(started));
        if (agentOptions.ExecutorMode == ExecutorMode.Tools)
        {
            var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
            if (calls.Count == 0 && !_episode.ActionTakenThisTurn)
            {
                await _episode.CompleteStepAsync(response.Text, null, new ActionOutcome(false, "error: no tool was called; call exactly one browser tool."), TimeSpan.Zero, observation, cancellationToken);
            }

            return response;
        }

        await ExecuteTextActionAsync(response.Text, observation, cancellationToken);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    private async Task ExecuteTextActionAsync(string text, PageObservation observation, CancellationToken cancellationToken)
    {
        var grammar = _episode.Options.ExecutorMode switch
        {
            ExecutorMode.WebArena => ActionGrammar.WebArena,
            ExecutorMode.WebRL => ActionGrammar.WebRL,
            _ => ActionGrammar.BrowserGym,
        };

        var parsed = _parse(text ?? "", grammar);
        if (parsed.Action is not { } action)
        {
            await _episode.CompleteStepAsync(text ?? "", null, new ActionOutcome(false, "error: the action did not parse: " + parsed.Error), TimeSpan.Zero, observation, cancellationToken);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var outcome = await _episode.ExecuteAsync(action, cancellationToken);
        await _episode.CompleteStepAsync(text ?? "", action, outcome, Stopwatch.GetElapsedTime(started), observation, cancellationToken);
    }

    // The trailing assistant tool-call / tool-result messages of the turn in progress (empty at the start of a turn).
    private static List<ChatMessage> CurrentTurnToolMessages(IEnumerable<ChatMessage> messages)
    {
        var list = messages as IList<ChatMessage> ?? [.. messages];
        var start = list.Count;
        while (start > 0)
        {
            var m = list[start - 1];
            var isToolPlumbing = m.Role == ChatRole.Tool
                || (m.Role == ChatRole.Assistant && m.Contents.Any(c => c is FunctionCallContent));
            if (!isToolPlumbing)
            {
                break;
            }

            start--;
        }

        return [.. list.Skip(start)];
    }
}
