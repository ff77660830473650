using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Usage;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.Connectors;

/// <summary>A fake planner (OpenRouter-like) and a fake executor (vLLM-like), with options pointing at them.</summary>
public sealed class FakeModelServers : IAsyncDisposable
{
    public const string PlannerKey = "sk-or-v1-planner-secret-0123456789abcdef";
    public const string ExecutorKey = "vllm-executor-secret-key-42";

    public required FakeOpenAIServer Planner { get; init; }

    public required FakeOpenAIServer Executor { get; init; }

    public static async Task<FakeModelServers> StartAsync() =>
        new() { Planner = await FakeOpenAIServer.StartAsync(), Executor = await FakeOpenAIServer.StartAsync() };

    public void Reset()
    {
        Planner.Reset();
        Executor.Reset();
        Planner.Responder = null;
        Executor.Responder = null;
        Planner.RequiredApiKey = null;
        Executor.RequiredApiKey = null;
        Planner.KeyReply = null;
        Planner.ModelsReply = null;
        Executor.ModelsReply = null;
    }

    /// <summary>Options with fast retries: 2 retries, 10 ms base delay, 3 s attempt timeout.</summary>
    public PlanActOptions Options()
    {
        var o = new PlanActOptions
        {
            Planner = new ModelEndpointOptions
            {
                Endpoint = Planner.ApiV1Url,
                Model = "anthropic/claude-sonnet-4",
                ApiKey = PlannerKey,
                Provider = ModelProviderKind.OpenRouter,
                Timeout = TimeSpan.FromSeconds(3),
                TotalTimeout = TimeSpan.FromSeconds(20),
            },
            Executor = new ModelEndpointOptions
            {
                Endpoint = Executor.V1Url,
                Model = "executor",
                ApiKey = ExecutorKey,
                Timeout = TimeSpan.FromSeconds(3),
                TotalTimeout = TimeSpan.FromSeconds(20),
            },
            Retry = new RetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(2) },
        };
        return o;
    }

    public static ModelClientFactory Factory(PlanActOptions options, UsageTracker? tracker = null, ListLoggerProvider? logs = null) =>
        new(options, tracker ?? new UsageTracker(), logs?.CreateFactory());

    public async ValueTask DisposeAsync()
    {
        await Planner.DisposeAsync();
        await Executor.DisposeAsync();
    }
}
