using NUnit.Framework;
using PlanAct.Agents.Check;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Agents.Tests.Connectors;

public sealed class ConnectionCheckerTests : FakeModelServersFixture
{
    [Test]
    public async Task All_checks_pass_against_working_endpoints()
    {
        Servers.Planner.RequiredApiKey = FakeModelServers.PlannerKey;
        Servers.Executor.RequiredApiKey = FakeModelServers.ExecutorKey;

        var result = await new ConnectionChecker(Servers.Options()).CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.AllPassed, Is.True, result.RenderTable());
            Assert.That(result.Rows.Select(r => r.Role + "/" + r.Check), Is.EqualTo(new[]
            {
                "Planner/API key", "Planner/model listed", "Executor/model listed", "Planner/one-token completion", "Executor/one-token completion",
            }));
            Assert.That(result.Rows[0].Detail, Does.Contain("used $1.25 of $10.00, $8.75 left"));
            Assert.That(result.Rows[3].Latency, Is.Not.Null);
            Assert.That(Servers.Planner.Requests.Select(r => r.Path), Does.Contain("/api/v1/key"));
            Assert.That(Servers.Executor.Requests.Select(r => r.Path), Does.Contain("/v1/models"));
            Assert.That(Servers.Planner.ModelRequests.Single().Json!["max_completion_tokens"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(result.RenderTable(), Does.Match(@"Planner\s+\| API key\s+\| ok"));
        });
    }

    [Test]
    public async Task Failures_give_a_reason_per_row_and_no_key()
    {
        Servers.Planner.RequiredApiKey = "some-other-key-000000";
        var options = Servers.Options();
        options.Executor.Model = "not-served";

        var result = await new ConnectionChecker(options).CheckAsync();

        var table = result.RenderTable();
        Assert.Multiple(() =>
        {
            Assert.That(result.AllPassed, Is.False);
            Assert.That(result.Rows[0].Passed, Is.False);
            Assert.That(result.Rows[0].FailureReason, Does.Contain("API key is invalid"));
            Assert.That(result.Rows[2].Passed, Is.False);
            Assert.That(result.Rows[2].FailureReason, Does.Contain("'not-served' is not among the 2 models"));
            Assert.That(result.Rows[3].Passed, Is.False);
            Assert.That(Servers.Planner.ModelRequests, Has.Count.EqualTo(1), "checks do not retry");
            Assert.That(table, Does.Contain("FAILED"));
            Assert.That(table, Does.Not.Contain(FakeModelServers.PlannerKey));
        });
    }

    [Test]
    public async Task Out_of_credits_key_fails_the_key_row()
    {
        Servers.Planner.KeyReply = FakeReply.Raw(200, "{\"data\":{\"label\":\"empty\",\"usage\":5.0,\"limit\":5.0,\"limit_remaining\":0}}");

        var result = await new ConnectionChecker(Servers.Options()).CheckAsync();

        Assert.That(result.Rows[0].Passed, Is.False);
        Assert.That(result.Rows[0].FailureReason, Does.Contain("no credits left"));
    }
}
