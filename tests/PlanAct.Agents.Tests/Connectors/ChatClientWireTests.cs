using System.Diagnostics;
using Microsoft.Extensions.AI;
using NUnit.Framework;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Connectors.Errors;
using PlanAct.Agents.Usage;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.Connectors;

public sealed class ChatClientWireTests : FakeModelServersFixture
{
    [Test]
    public async Task Planner_call_sends_key_attribution_headers_extra_headers_and_provider_routing()
    {
        var options = Servers.Options();
        options.Planner.Temperature = 0.2f;
        options.Planner.MaxOutputTokens = 300;
        options.Planner.Headers["X-Experiment"] = "exp-7";
        options.Planner.ExtraBody["provider"] = """{"order":["anthropic"],"allow_fallbacks":false}""";
        using var factory = FakeModelServers.Factory(options);
        Servers.Planner.Enqueue(FakeReply.Text("Plan: 1. open the page"));

        var response = await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("What is the plan?");

        Assert.That(response.Text, Is.EqualTo("Plan: 1. open the page"));
        var request = Servers.Planner.ModelRequests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Path, Is.EqualTo("/api/v1/chat/completions"));
            Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer " + FakeModelServers.PlannerKey));
            Assert.That(request.Header("HTTP-Referer"), Is.EqualTo("https://github.com/planact/planact"));
            Assert.That(request.Header("X-Title"), Is.EqualTo("PlanAct"));
            Assert.That(request.Header("X-Experiment"), Is.EqualTo("exp-7"));
            Assert.That(request.Model, Is.EqualTo("anthropic/claude-sonnet-4"));
            Assert.That(request.Json!["temperature"]!.GetValue<double>(), Is.EqualTo(0.2).Within(1e-6));
            Assert.That(request.Json!["max_completion_tokens"]!.GetValue<int>(), Is.EqualTo(300));
            Assert.That(request.Json!["max_tokens"]!.GetValue<int>(), Is.EqualTo(300));
            Assert.That(request.Json!["provider"]!["order"]![0]!.GetValue<string>(), Is.EqualTo("anthropic"));
            Assert.That(request.Json!["provider"]!["allow_fallbacks"]!.GetValue<bool>(), Is.False);
            Assert.That(request.LastUserText, Is.EqualTo("What is the plan?"));
        });
    }

    [Test]
    public async Task Executor_call_sends_vllm_sampling_fields_and_stop_tokens_but_no_openrouter_headers()
    {
        var options = Servers.Options();
        options.Executor.ExtraBody["top_k"] = "20";
        options.Executor.ExtraBody["repetition_penalty"] = "1.05";
        options.Executor.ExtraBody["chat_template_kwargs"] = """{"enable_thinking":false}""";
        options.Executor.StopSequences.Add("<|im_end|>");
        using var factory = FakeModelServers.Factory(options);

        await factory.GetChatClient(ModelRole.Executor).GetResponseAsync("click the button", new ChatOptions { Temperature = 0 });

        var request = Servers.Executor.ModelRequests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Path, Is.EqualTo("/v1/chat/completions"));
            Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer " + FakeModelServers.ExecutorKey));
            Assert.That(request.Header("X-Title"), Is.Null);
            Assert.That(request.Json!["top_k"]!.GetValue<int>(), Is.EqualTo(20));
            Assert.That(request.Json!["repetition_penalty"]!.GetValue<double>(), Is.EqualTo(1.05).Within(1e-9));
            Assert.That(request.Json!["chat_template_kwargs"]!["enable_thinking"]!.GetValue<bool>(), Is.False);
            Assert.That(request.Json!["stop"]!.AsArray().Select(s => s!.GetValue<string>()), Does.Contain("<|im_end|>"));
            Assert.That(request.Json!["temperature"]!.GetValue<double>(), Is.Zero);
        });
    }

    [Test]
    public async Task Tool_call_replies_become_function_calls()
    {
        using var factory = FakeModelServers.Factory(Servers.Options());
        Servers.Executor.Responder = r => FakeReply.ToolCall("browser_click", "{\"id\":\"" + (r.AllText.Contains("[17] button 'Submit'", StringComparison.Ordinal) ? "17" : "0") + "\"}");
        var tool = AIFunctionFactory.Create((string id) => "clicked " + id, "browser_click");

        var response = await factory.GetChatClient(ModelRole.Executor).GetResponseAsync(
            "Observation:\n[17] button 'Submit'\nClick Submit", new ChatOptions { Tools = [tool] });

        var call = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single();
        Assert.That(call.Name, Is.EqualTo("browser_click"));
        Assert.That(call.Arguments!["id"]!.ToString(), Is.EqualTo("17"));
        Assert.That(Servers.Executor.ModelRequests.Single().ToolNames, Is.EqualTo(new[] { "browser_click" }));
    }

    [Test]
    public async Task Usage_and_cost_are_recorded_per_role_task_and_run()
    {
        var options = Servers.Options();
        options.Executor.InputPricePerMillion = 0.10m;
        options.Executor.OutputPricePerMillion = 0.20m;
        var tracker = new UsageTracker();
        using var factory = FakeModelServers.Factory(options, tracker);
        Servers.Planner.Enqueue(
            FakeReply.Text("plan", new FakeUsage(1000, 200, CachedTokens: 400, Cost: 0.0123)),
            FakeReply.Text("plan 2", new FakeUsage(1_000_000, 100_000)));
        Servers.Executor.Enqueue(FakeReply.Text("act", new FakeUsage(2_000_000, 500_000)));

        using (tracker.BeginTask("task-1"))
        {
            await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("p1");
            await factory.GetChatClient(ModelRole.Executor).GetResponseAsync("e1");
        }

        using (tracker.BeginTask("task-2"))
        {
            await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("p2");
        }

        var records = tracker.Records;
        Assert.Multiple(() =>
        {
            Assert.That(records, Has.Count.EqualTo(3));
            Assert.That(records[0].CostSource, Is.EqualTo(CostSource.Reported));
            Assert.That(records[0].CostUsd, Is.EqualTo(0.0123m));
            Assert.That(records[0].CachedInputTokens, Is.EqualTo(400));
            Assert.That(records[0].TaskId, Is.EqualTo("task-1"));
            Assert.That(records[0].Latency, Is.GreaterThan(TimeSpan.Zero));
            // executor: configured prices 2M * 0.10 + 0.5M * 0.20 = 0.30
            Assert.That(records[1].CostSource, Is.EqualTo(CostSource.Computed));
            Assert.That(records[1].CostUsd, Is.EqualTo(0.30m));
            // planner without reported cost: built-in Sonnet 4 price 1M * $3 + 0.1M * $15 = $4.50
            Assert.That(records[2].CostUsd, Is.EqualTo(4.50m));
            Assert.That(records[2].TaskId, Is.EqualTo("task-2"));
            Assert.That(tracker.ForRole(ModelRole.Planner).Calls, Is.EqualTo(2));
            Assert.That(tracker.ForRole(ModelRole.Planner).InputTokens, Is.EqualTo(1_001_000));
            Assert.That(tracker.ForTask("task-1").CostUsd, Is.EqualTo(0.3123m));
            Assert.That(tracker.ForTask("task-1", ModelRole.Executor).OutputTokens, Is.EqualTo(500_000));
            Assert.That(tracker.RunTotals.CostUsd, Is.EqualTo(4.8123m));
            Assert.That(tracker.TaskIds, Is.EqualTo(new[] { "task-1", "task-2" }));
        });
        var summary = tracker.Summarize();
        Assert.That(summary.ByRole[ModelRole.Executor].CostUsd, Is.EqualTo(0.30m));
        Assert.That(summary.ByTask.Select(t => (t.Key, t.Value.Calls)), Is.EqualTo(new[] { ("task-1", 2), ("task-2", 1) }));
        Assert.That(summary.Run, Is.EqualTo(tracker.RunTotals));
    }

    [Test]
    public async Task Retries_429_and_honours_Retry_After()
    {
        using var factory = FakeModelServers.Factory(Servers.Options());
        Servers.Planner.Enqueue(FakeReply.Error(429, "Rate limit exceeded", retryAfterSeconds: 1), FakeReply.Text("after wait"));

        var clock = Stopwatch.StartNew();
        var response = await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("hi");

        var requests = Servers.Planner.ModelRequests;
        Assert.Multiple(() =>
        {
            Assert.That(response.Text, Is.EqualTo("after wait"));
            Assert.That(requests, Has.Count.EqualTo(2));
            Assert.That(requests[1].ReceivedAt - requests[0].ReceivedAt, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)),
                "the 1 s Retry-After must be honoured (the base delay is only 10 ms)");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [TestCase(401, ModelErrorKind.InvalidApiKey, "API key is invalid")]
    [TestCase(402, ModelErrorKind.InsufficientCredits, "out of credits")]
    [TestCase(403, ModelErrorKind.Forbidden, "moderation")]
    [TestCase(400, ModelErrorKind.BadRequest, "invalid")]
    public async Task Client_errors_are_not_retried_and_become_clear_errors(int status, ModelErrorKind kind, string phrase)
    {
        using var factory = FakeModelServers.Factory(Servers.Options());
        Servers.Planner.Enqueue(FakeReply.Error(status, "provider detail " + status));

        var e = await Assert.ThrowsAsync<ModelProviderException>(() => factory.GetChatClient(ModelRole.Planner).GetResponseAsync("hi"));

        Assert.Multiple(() =>
        {
            Assert.That(Servers.Planner.ModelRequests, Has.Count.EqualTo(1), "no retry");
            Assert.That(Servers.Executor.ModelRequests, Is.Empty, "no fallback for configuration errors");
            Assert.That(e!.Kind, Is.EqualTo(kind));
            Assert.That(e.StatusCode, Is.EqualTo(status));
            Assert.That(e.Message, Does.Contain(phrase));
            Assert.That(e.Message, Does.Contain("provider detail " + status));
            Assert.That(e.Message, Does.Not.Contain(FakeModelServers.PlannerKey));
        });
        if (status == 401)
        {
            Assert.That(e!.Message, Does.Contain("OPENROUTER_API_KEY"));
        }
    }

    [Test]
    public async Task Persistent_5xx_on_the_planner_falls_back_to_the_executor_model()
    {
        var logs = new ListLoggerProvider();
        var tracker = new UsageTracker();
        using var factory = FakeModelServers.Factory(Servers.Options(), tracker, logs);
        Servers.Planner.DefaultReply = FakeReply.Error(503, "No provider available");
        Servers.Executor.Enqueue(FakeReply.Text("local plan"));
        try
        {
            var response = await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("plan please");

            Assert.Multiple(() =>
            {
                Assert.That(response.Text, Is.EqualTo("local plan"));
                Assert.That(Servers.Planner.ModelRequests, Has.Count.EqualTo(3), "1 attempt + 2 retries");
                Assert.That(Servers.Executor.ModelRequests.Single().Model, Is.EqualTo("executor"));
                Assert.That(Servers.Executor.ModelRequests.Single().LastUserText, Is.EqualTo("plan please"));
                Assert.That(tracker.RunTotals.FallbackCalls, Is.EqualTo(1));
                Assert.That(tracker.Records.Last().Role, Is.EqualTo(ModelRole.Planner));
                Assert.That(tracker.Records.Last().IsFallback, Is.True);
                Assert.That(tracker.RunTotals.FailedCalls, Is.EqualTo(1));
                Assert.That(logs.Lines.Any(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains("fallback", StringComparison.Ordinal)), Is.True);
            });
        }
        finally
        {
            Servers.Planner.DefaultReply = FakeReply.Text("ok");
        }
    }

    [Test]
    public async Task Fallback_can_be_turned_off()
    {
        var options = Servers.Options();
        options.PlannerFallback.Enabled = false;
        using var factory = FakeModelServers.Factory(options);
        Servers.Planner.Enqueue(FakeReply.Error(502, "bad gateway"), FakeReply.Error(502, "bad gateway"), FakeReply.Error(502, "bad gateway"));

        var e = await Assert.ThrowsAsync<ModelProviderException>(() => factory.GetChatClient(ModelRole.Planner).GetResponseAsync("x"));

        Assert.That(e!.Kind, Is.EqualTo(ModelErrorKind.ServerError));
        Assert.That(Servers.Executor.ModelRequests, Is.Empty);
    }

    [Test]
    public async Task Attempts_that_hang_time_out_and_are_retried()
    {
        var options = Servers.Options();
        options.Executor.Timeout = TimeSpan.FromMilliseconds(300);
        options.Retry.MaxRetries = 1;
        using var factory = FakeModelServers.Factory(options);
        Servers.Executor.Enqueue(FakeReply.Hang(), FakeReply.Hang());

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<ModelProviderException>(() => factory.GetChatClient(ModelRole.Executor).GetResponseAsync("x"));

        Assert.Multiple(() =>
        {
            Assert.That(e!.Kind, Is.EqualTo(ModelErrorKind.Timeout));
            Assert.That(Servers.Executor.ModelRequests, Has.Count.EqualTo(2));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        });
    }

    [Test]
    public async Task A_slow_first_attempt_is_retried_and_the_second_succeeds()
    {
        var options = Servers.Options();
        options.Executor.Timeout = TimeSpan.FromMilliseconds(300);
        using var factory = FakeModelServers.Factory(options);
        Servers.Executor.Enqueue(FakeReply.Hang(), FakeReply.Text("fast"));

        var response = await factory.GetChatClient(ModelRole.Executor).GetResponseAsync("x");

        Assert.That(response.Text, Is.EqualTo("fast"));
    }

    [Test]
    public async Task Malformed_bodies_become_typed_errors()
    {
        var options = Servers.Options();
        options.Retry.MaxRetries = 1;
        using var factory = FakeModelServers.Factory(options);
        Servers.Executor.Enqueue(FakeReply.Malformed(), FakeReply.Malformed());

        var e = await Assert.ThrowsAsync<ModelProviderException>(() => factory.GetChatClient(ModelRole.Executor).GetResponseAsync("x"));

        Assert.That(e!.Kind, Is.EqualTo(ModelErrorKind.MalformedResponse));
        Assert.That(e.Message, Does.Contain("not valid JSON"));
    }

    [Test]
    public async Task A_200_with_an_error_body_becomes_a_provider_error_with_its_message()
    {
        var options = Servers.Options();
        options.Retry.MaxRetries = 0;
        using var factory = FakeModelServers.Factory(options);
        Servers.Executor.Enqueue(FakeReply.ErrorInBody(400, "context length exceeded: 40000 > 32768"));

        var e = await Assert.ThrowsAsync<ModelProviderException>(() => factory.GetChatClient(ModelRole.Executor).GetResponseAsync("x"));

        Assert.That(e!.Kind, Is.EqualTo(ModelErrorKind.ProviderError));
        Assert.That(e.IsTransient, Is.False);
        Assert.That(e.Message, Does.Contain("context length exceeded"));
    }

    [Test]
    public async Task Finish_reason_error_is_a_transient_provider_error_and_is_retried()
    {
        using var factory = FakeModelServers.Factory(Servers.Options());
        Servers.Executor.Enqueue(FakeReply.FinishReasonError("upstream overloaded", "partial"), FakeReply.Text("second try"));

        var response = await factory.GetChatClient(ModelRole.Executor).GetResponseAsync("x");

        Assert.That(response.Text, Is.EqualTo("second try"));
        Assert.That(Servers.Executor.ModelRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Streaming_ignores_keep_alive_comments_and_records_usage_and_cost()
    {
        var tracker = new UsageTracker();
        using var factory = FakeModelServers.Factory(Servers.Options(), tracker);
        Servers.Planner.Enqueue(FakeReply.Text("Step 1: search for the order history page", new FakeUsage(50, 12, Cost: 0.002)).WithKeepAliveComments(3));

        var text = "";
        await foreach (var update in factory.GetChatClient(ModelRole.Planner).GetStreamingResponseAsync("plan"))
        {
            text += update.Text;
        }

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("Step 1: search for the order history page"));
            Assert.That(Servers.Planner.ModelRequests.Single().IsStreaming, Is.True);
            Assert.That(tracker.Records.Single().InputTokens, Is.EqualTo(50));
            Assert.That(tracker.Records.Single().OutputTokens, Is.EqualTo(12));
            Assert.That(tracker.Records.Single().CostUsd, Is.EqualTo(0.002m));
            Assert.That(tracker.Records.Single().CostSource, Is.EqualTo(CostSource.Reported));
        });
    }

    [Test]
    public async Task Streaming_error_events_raise_the_providers_message()
    {
        var options = Servers.Options();
        options.PlannerFallback.Enabled = false;
        using var factory = FakeModelServers.Factory(options);
        Servers.Planner.Enqueue(FakeReply.StreamError("Step 1: ", 502, "Provider returned error: upstream disconnected"));

        var e = await Assert.ThrowsAsync<ModelProviderException>(async () =>
        {
            await foreach (var _ in factory.GetChatClient(ModelRole.Planner).GetStreamingResponseAsync("plan"))
            {
            }
        });

        Assert.That(e!.Kind, Is.EqualTo(ModelErrorKind.ProviderError));
        Assert.That(e.Message, Does.Contain("upstream disconnected"));
    }

    [Test]
    public async Task Streaming_data_error_event_without_choices_is_not_silently_dropped()
    {
        using var factory = FakeModelServers.Factory(Servers.Options());
        Servers.Executor.Enqueue(FakeReply.Sse(
            "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"executor\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"par\"},\"finish_reason\":null}]}",
            "data: {\"error\":{\"message\":\"engine died\",\"code\":500}}",
            "data: [DONE]"));

        var e = await Assert.ThrowsAsync<ModelProviderException>(async () =>
        {
            await foreach (var _ in factory.GetChatClient(ModelRole.Executor).GetStreamingResponseAsync("x"))
            {
            }
        });

        Assert.That(e!.Message, Does.Contain("engine died"));
    }

    [Test]
    public async Task Streaming_planner_calls_fall_back_too()
    {
        var tracker = new UsageTracker();
        using var factory = FakeModelServers.Factory(Servers.Options(), tracker);
        Servers.Planner.Enqueue(FakeReply.Error(500, "boom"), FakeReply.Error(500, "boom"), FakeReply.Error(500, "boom"));
        Servers.Executor.Enqueue(FakeReply.Text("streamed from the fallback"));

        var text = "";
        await foreach (var u in factory.GetChatClient(ModelRole.Planner).GetStreamingResponseAsync("plan"))
        {
            text += u.Text;
        }

        Assert.That(text, Is.EqualTo("streamed from the fallback"));
        Assert.That(tracker.RunTotals.FallbackCalls, Is.EqualTo(1));
    }

    [Test]
    public async Task Caller_cancellation_is_not_turned_into_a_timeout_or_a_fallback()
    {
        using var factory = FakeModelServers.Factory(Servers.Options());
        Servers.Planner.Enqueue(FakeReply.Hang());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var clock = Stopwatch.StartNew();
        Assert.That(async () => await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("x", cancellationToken: cts.Token),
            Throws.InstanceOf<OperationCanceledException>());

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(Servers.Executor.ModelRequests, Is.Empty);
        await Task.CompletedTask;
    }

    [Test]
    public async Task Connection_failures_are_retried_then_reported()
    {
        var options = Servers.Options();
        options.Executor.Endpoint = "http://127.0.0.1:1/v1";
        options.Retry.MaxRetries = 1;
        using var factory = FakeModelServers.Factory(options);

        var e = await Assert.ThrowsAsync<ModelProviderException>(() => factory.GetChatClient(ModelRole.Executor).GetResponseAsync("x"));

        Assert.That(e!.Kind, Is.EqualTo(ModelErrorKind.ConnectionFailed));
        Assert.That(e.Message, Does.Contain("127.0.0.1:1"));
    }
}
