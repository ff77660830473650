using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Suite;

/// <summary>The agent side of a task run: drives an open, logged-in browser session to an answer. Adapt the agents runner to this.</summary>
public interface IWebAgent
{
    /// <summary>Runs the agent on <paramref name="session"/>, whose tabs already show the task's start URLs.</summary>
    /// <param name="task">The task (its intent is what the agent is given).</param>
    /// <param name="session">The browser session; left open for evaluation.</param>
    /// <param name="context">Per-task budget and artifact folder.</param>
    /// <param name="cancellationToken">Cancelled on timeout or suite stop.</param>
    /// <returns>The agent's outcome.</returns>
    Task<AgentOutcome> RunAsync(WebArenaTask task, BrowserSession session, TaskRunContext context, CancellationToken cancellationToken);
}
