using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Connectors.Errors;
using PlanAct.Agents.Connectors.Http;
using PlanAct.Agents.Usage;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.Connectors;

public sealed class SecretsAndTelemetryTests : FakeModelServersFixture
{
    [Test]
    public async Task Debug_logs_every_request_and_response_but_no_key_appears_anywhere()
    {
        var options = Servers.Options();
        options.Debug = true;
        options.DebugBodyLimit = 200;
        var logs = new ListLoggerProvider();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(spans);
        using var factory = FakeModelServers.Factory(options, logs: logs);
        // The provider echoes the key back in an error message, and a body contains it: both must be redacted.
        Servers.Planner.Enqueue(
            FakeReply.Text("first " + new string('x', 500)),
            FakeReply.Error(401, "Invalid key " + FakeModelServers.PlannerKey),
            FakeReply.Error(429, "slow down", retryAfterSeconds: 0));
        Servers.Planner.DefaultReply = FakeReply.Error(503, "down");
        var messages = new List<string>();
        try
        {
            await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("Please use key " + FakeModelServers.PlannerKey);
            var e1 = await Assert.ThrowsAsync<ModelProviderException>(() => factory.GetChatClient(ModelRole.Planner).GetResponseAsync("again"));
            messages.Add(e1!.ToString());
            await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("falls back");
        }
        finally
        {
            Servers.Planner.DefaultReply = FakeReply.Text("ok");
        }

        var lines = logs.Lines.ToList();
        var debug = lines.Where(l => l.Level == LogLevel.Debug).Select(l => l.Message).ToList();
        var allText = string.Join("\n", lines.Select(l => l.Message).Concat(messages)
            .Concat(spans.SelectMany(s => s.Tags.Select(t => t.Key + "=" + t.Value)).Concat(spans.Select(s => s.DisplayName))));
        Assert.Multiple(() =>
        {
            Assert.That(debug.Count(l => l.StartsWith("LLM request", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(4));
            Assert.That(debug.Count(l => l.StartsWith("LLM response", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(4));
            Assert.That(debug.Any(l => l.Contains("Authorization: ***", StringComparison.Ordinal)), Is.True);
            Assert.That(debug.Any(l => l.Contains("more chars)", StringComparison.Ordinal)), Is.True, "bodies are truncated");
            Assert.That(allText, Does.Not.Contain(FakeModelServers.PlannerKey));
            Assert.That(allText, Does.Not.Contain(FakeModelServers.ExecutorKey));
            Assert.That(allText, Does.Not.Contain("planner-secret"));
            Assert.That(messages.Single(), Does.Contain("Invalid key ***"));
            Assert.That(Servers.Planner.ModelRequests[0].LastUserText, Does.StartWith("Please use key"), "logging must not consume the request body");
            Assert.That(Servers.Executor.ModelRequests.Single().LastUserText, Is.EqualTo("falls back"));
        });
    }

    [Test]
    public async Task Calls_emit_genai_spans_with_cost_and_usage_metrics()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(spans);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Model)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name is ConnectorTelemetry.MeterName or ConnectorTelemetry.SourceName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Model(tags))));
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Model(tags))));
        meterListener.SetMeasurementEventCallback<int>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Model(tags))));
        meterListener.Start();
        var options = Servers.Options();
        options.Planner.Model = "otel-test/model";
        options.Planner.InputPricePerMillion = 1m;
        options.Planner.OutputPricePerMillion = 2m;
        using var factory = FakeModelServers.Factory(options);
        Servers.Planner.Enqueue(FakeReply.Text("hello", new FakeUsage(1000, 500)));

        await factory.GetChatClient(ModelRole.Planner).GetResponseAsync("hi");

        var span = spans.Single(s => s.GetTagItem("gen_ai.request.model") as string == "otel-test/model");
        var mine = measurements.Where(m => m.Model == "otel-test/model").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(span.DisplayName, Is.EqualTo("chat otel-test/model"));
            Assert.That(span.GetTagItem("gen_ai.usage.input_tokens"), Is.EqualTo(1000));
            Assert.That(span.GetTagItem("gen_ai.usage.output_tokens"), Is.EqualTo(500));
            Assert.That((double)span.GetTagItem("planact.cost_usd")!, Is.EqualTo(0.002).Within(1e-12));
            Assert.That(span.GetTagItem("planact.role"), Is.EqualTo("Planner"));
            Assert.That(mine.Where(m => m.Instrument == ConnectorTelemetry.CostInstrument).Sum(m => m.Value), Is.EqualTo(0.002).Within(1e-12));
            Assert.That(mine.Count(m => m.Instrument == ConnectorTelemetry.CallsInstrument), Is.EqualTo(1));
            Assert.That(mine.Where(m => m.Instrument == ConnectorTelemetry.TokensInstrument).Sum(m => m.Value), Is.EqualTo(1500));
            Assert.That(mine.Where(m => m.Instrument == "gen_ai.client.token.usage").Sum(m => m.Value), Is.EqualTo(1500), "GenAI semantic-convention metric");
            Assert.That(mine.Count(m => m.Instrument == "gen_ai.client.operation.duration"), Is.EqualTo(1));
        });
    }

    [Test]
    public void Redactor_hides_known_keys_bearer_tokens_and_key_like_strings()
    {
        var r = new SecretRedactor(["my-custom-secret"]);

        var text = r.Redact("key my-custom-secret; Authorization: Bearer abc.def; other sk-or-v1-0123456789abcdef0123 end");

        Assert.That(text, Is.EqualTo("key ***; Authorization: Bearer ***; other *** end"));
        Assert.That(r.HeaderValue("authorization", "Basic xyz"), Is.EqualTo("***"));
    }

    private static string? Model(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var t in tags)
        {
            if (t.Key == "gen_ai.request.model")
            {
                return t.Value as string;
            }
        }

        return null;
    }

    private static ActivityListener Listen(ConcurrentQueue<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ConnectorTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
