using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.Support;

/// <summary>Chat clients on the fake OpenAI-compatible servers (real OpenAI SDK over HTTP, no retries).</summary>
public static class AgentTestHost
{
    public const string ApiKey = "sk-test-secret-123456";

    public static IChatClient Client(FakeOpenAIServer server, string model)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(server.V1Url),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromSeconds(20),
        };
        return new OpenAIClient(new ApiKeyCredential(ApiKey), options).GetChatClient(model).AsIChatClient();
    }
}
