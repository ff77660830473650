using System.Diagnostics;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using PlanAct.Agents.Orchestration;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Execution;

/// <summary>
/// Agent function-invocation middleware on the executor (tools mode). It enforces one browser action per executor
/// turn (later calls in the same turn are skipped, and the function loop is terminated after the batch so the
/// model is not called again), and records the step — call, mapped action, outcome, latency — in the episode.
/// </summary>
internal sealed class ExecutorToolMiddleware
{
    private readonly PlanActEpisode _episode;
    private readonly Func<PageObservation?> _observation;

    public ExecutorToolMiddleware(PlanActEpisode episode, Func<PageObservation?> observation)
    {
        _episode = episode;
        _observation = observation;
    }

    public async ValueTask<object?> InvokeAsync(AIAgent agent, FunctionInvocationContext context, Func<FunctionInvocationContext, CancellationToken, ValueTask<object?>> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // End the function loop after this batch (no second model call in the turn). Only on the batch's last call:
        // terminating earlier would leave later calls without results, which the agent treats as pending input.
        context.Terminate = context.FunctionCallIndex >= context.FunctionCount - 1;
        if (_episode.ActionTakenThisTurn)
        {
            return "skipped: only one action per turn is allowed; this call was not executed.";
        }

        _episode.ActionTakenThisTurn = true;
        var arguments = context.Arguments.ToList();
        var action = ToolCallMapper.ToAction(context.Function.Name, arguments);
        var started = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = await next(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = $"error: {ex.Message}";
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var observation = _observation() ?? throw new InvalidOperationException("The executor acted without an observation.");
        await _episode.CompleteStepAsync(ToolCallMapper.Render(context.Function.Name, arguments), action, ToolCallMapper.ToOutcome(result), elapsed, observation, cancellationToken);
        return result;
    }
}
