using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Testing.FakeAgents;

/// <summary>
/// One fake OpenAI-compatible server playing both roles: requests for <see cref="PlannerModel"/> go to a
/// <see cref="FakePlanner"/>, requests for <see cref="ExecutorModel"/> to <see cref="FakeExecutor"/>.
/// </summary>
public static class FakeModels
{
    /// <summary>Model name the planner endpoint is configured with.</summary>
    public const string PlannerModel = "fake-planner";

    /// <summary>Model name the executor endpoint is configured with.</summary>
    public const string ExecutorModel = "fake-executor";

    /// <summary>Makes <paramref name="server"/> answer as planner and executor.</summary>
    public static FakeOpenAIServer PlayAgents(this FakeOpenAIServer server, FakePlanner planner)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(planner);
        server.ModelIds.Clear();
        server.ModelIds.Add(PlannerModel);
        server.ModelIds.Add(ExecutorModel);
        server.Responder = request => request.Model == ExecutorModel
            ? FakeExecutor.Reply(request)
            : FakeReply.Text(planner.Reply(request.AllText));
        return server;
    }

    /// <summary>
    /// Environment variables pointing PlanAct's planner and executor at <paramref name="server"/>. They also ask for the
    /// accessibility tree as the executor's observation, the format <see cref="FakeExecutor"/> reads ids from.
    /// </summary>
    public static Dictionary<string, string?> Environment(FakeOpenAIServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["PlanAct__Planner__Endpoint"] = server.V1Url,
            ["PlanAct__Planner__Model"] = PlannerModel,
            ["PlanAct__Planner__ApiKey"] = "test-planner-key",
            ["PlanAct__Executor__Endpoint"] = server.V1Url,
            ["PlanAct__Executor__Model"] = ExecutorModel,
            ["PlanAct__Executor__ApiKey"] = "test-executor-key",
            ["PlanAct__Agents__ExecutorObservation"] = "AccessibilityTree",
        };
    }
}
