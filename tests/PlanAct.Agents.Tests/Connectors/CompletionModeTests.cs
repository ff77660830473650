using System.Text.Json;
using Microsoft.Extensions.AI;
using NUnit.Framework;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Connectors.Completion;
using PlanAct.Agents.Usage;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.Connectors;

public sealed class CompletionModeTests : FakeModelServersFixture
{
    [Test]
    public async Task Completion_mode_posts_a_chatml_prompt_with_stop_token_and_parses_tool_calls()
    {
        var options = Servers.Options();
        options.Executor.ApiMode = ModelApiMode.Completion;
        options.Executor.ExtraBody["top_k"] = "5";
        options.Executor.MaxOutputTokens = 64;
        var tracker = new UsageTracker();
        using var factory = FakeModelServers.Factory(options, tracker);
        Servers.Executor.Responder = r =>
        {
            var id = r.Prompt.Contains("[42] link 'Orders'", StringComparison.Ordinal) ? "42" : "none";
            return FakeReply.ToolCall("browser_click", "{\"id\":\"" + id + "\"}", new FakeUsage(120, 9));
        };
        var tool = AIFunctionFactory.Create((string id) => id, "browser_click", "Click an element by id");

        var response = await factory.GetChatClient(ModelRole.Executor).GetResponseAsync(
            [new ChatMessage(ChatRole.System, "You are the executor."), new ChatMessage(ChatRole.User, "[42] link 'Orders'\nOpen the orders")],
            new ChatOptions { Tools = [tool], Temperature = 0 });

        var request = Servers.Executor.ModelRequests.Single();
        var call = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Path, Is.EqualTo("/v1/completions"));
            Assert.That(request.Prompt, Does.StartWith("<|im_start|>system\nYou are the executor."));
            Assert.That(request.Prompt, Does.Contain("<tools>"));
            Assert.That(request.Prompt, Does.EndWith("<|im_start|>assistant\n"));
            Assert.That(request.Json!["stop"]!.AsArray().Select(s => s!.GetValue<string>()), Does.Contain("<|im_end|>"));
            Assert.That(request.Json!["top_k"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(request.Json!["max_tokens"]!.GetValue<int>(), Is.EqualTo(64));
            Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer " + FakeModelServers.ExecutorKey));
            Assert.That(call.Name, Is.EqualTo("browser_click"));
            Assert.That(call.Arguments!["id"]!.ToString(), Is.EqualTo("42"));
            Assert.That(response.FinishReason, Is.EqualTo(ChatFinishReason.ToolCalls));
            Assert.That(tracker.Records.Single().InputTokens, Is.EqualTo(120));
        });
    }

    [Test]
    public async Task Completion_mode_streams_the_text_reply()
    {
        var options = Servers.Options();
        options.Executor.ApiMode = ModelApiMode.Completion;
        using var factory = FakeModelServers.Factory(options);
        Servers.Executor.Enqueue(FakeReply.Text("click [3]"));

        var text = "";
        await foreach (var u in factory.GetChatClient(ModelRole.Executor).GetStreamingResponseAsync("go"))
        {
            text += u.Text;
        }

        Assert.That(text, Is.EqualTo("click [3]"));
    }

    [Test]
    public async Task OpenRouter_chat_only_models_always_use_chat()
    {
        var options = Servers.Options();
        options.Planner.ApiMode = ModelApiMode.Completion;
        using var factory = FakeModelServers.Factory(options);

        await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("plan");

        Assert.That(Servers.Planner.ModelRequests.Single().Path, Is.EqualTo("/api/v1/chat/completions"));
    }

    [Test]
    public void Renderer_writes_qwen_turns_tool_calls_and_tool_responses()
    {
        var call = new FunctionCallContent("c1", "browser_type", new Dictionary<string, object?> { ["id"] = "7", ["text"] = "shoes" });
        ChatMessage[] messages =
        [
            new(ChatRole.User, "Search for shoes"),
            new(ChatRole.Assistant, [call]),
            new(ChatRole.Tool, [new FunctionResultContent("c1", "typed")]),
        ];

        var prompt = ChatMlPromptRenderer.Render(messages);

        Assert.That(prompt, Is.EqualTo(
            "<|im_start|>system\n" + ChatMlPromptRenderer.DefaultSystem + "<|im_end|>\n"
            + "<|im_start|>user\nSearch for shoes<|im_end|>\n"
            + "<|im_start|>assistant\n<tool_call>\n{\"name\":\"browser_type\",\"arguments\":{\"id\":\"7\",\"text\":\"shoes\"}}\n</tool_call><|im_end|>\n"
            + "<|im_start|>user\n<tool_response>\ntyped\n</tool_response><|im_end|>\n"
            + "<|im_start|>assistant\n"));
    }

    [Test]
    public void Renderer_puts_instructions_before_system_messages_and_describes_tools()
    {
        var tool = AIFunctionFactory.Create((string url) => url, "browser_navigate", "Navigate to a URL");

        var prompt = ChatMlPromptRenderer.Render([new ChatMessage(ChatRole.System, "B"), new ChatMessage(ChatRole.User, "u")], "A", [tool]);

        Assert.That(prompt, Does.StartWith("<|im_start|>system\nA\n\nB\n\n# Tools"));
        var toolLine = prompt.Split('\n').Single(l => l.Contains("browser_navigate", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(toolLine);
        Assert.That(doc.RootElement.GetProperty("function").GetProperty("parameters").GetProperty("properties").TryGetProperty("url", out _), Is.True);
    }

    [TestCase("I will click.\n<tool_call>\n{\"name\": \"browser_click\", \"arguments\": {\"id\": \"5\"}}\n</tool_call>", "I will click.", 1)]
    [TestCase("<tool_call>{\"name\":\"a\",\"arguments\":{}}</tool_call><tool_call>{\"name\":\"b\",\"arguments\":\"{\\\"x\\\":1}\"}</tool_call>", "", 2)]
    [TestCase("<tool_call>{not json}</tool_call>", "<tool_call>{not json}</tool_call>", 0)]
    [TestCase("plain answer", "plain answer", 0)]
    [TestCase("<tool_call>\n{\"name\":\"stop\",\"arguments\":{\"answer\":\"42\"}}", "", 1)]
    public void Tool_call_parser_splits_text_and_calls(string text, string expectedText, int expectedCalls)
    {
        var (rest, calls) = ToolCallTextParser.Parse(text);

        Assert.That(rest, Is.EqualTo(expectedText));
        Assert.That(calls, Has.Count.EqualTo(expectedCalls));
    }
}
