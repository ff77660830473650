using NUnit.Framework;

namespace PlanAct.Agents.Tests.Connectors;

/// <summary>Base fixture: one pair of fake planner/executor servers per fixture, reset before each test.</summary>
public abstract class FakeModelServersFixture
{
    /// <summary>The fixture's fake servers.</summary>
    protected FakeModelServers Servers { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServers() => Servers = await FakeModelServers.StartAsync();

    [OneTimeTearDown]
    public async Task StopServers() => await Servers.DisposeAsync();

    [SetUp]
    public void ResetServers() => Servers.Reset();
}
