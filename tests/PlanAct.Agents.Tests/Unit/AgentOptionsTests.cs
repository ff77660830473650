using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PlanAct.Agents.DependencyInjection;
using PlanAct.Agents.Prompts;
using PlanAct.Agents.Running;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Tests.Unit;

public sealed class AgentOptionsTests
{
    [Test]
    public void Defaults_are_valid_and_match_the_reference_setup()
    {
        var o = new AgentOptions();
        Assert.DoesNotThrow(o.Validate);
        Assert.That((o.MaxSteps, o.MaxIdenticalActions, o.MaxConsecutiveFailures, o.ReplanPolicy), Is.EqualTo((30, 3, 3, ReplanPolicy.EveryStep)));
    }

    [TestCase(nameof(AgentOptions.MaxSteps), "0")]
    [TestCase(nameof(AgentOptions.MaxIdenticalActions), "1")]
    [TestCase(nameof(AgentOptions.MaxTaskCostUsd), "-1")]
    [TestCase(nameof(AgentOptions.ExecutorPromptPath), "/no/such/prompt.md")]
    public void Invalid_values_are_reported_with_section_field_and_value(string field, string value)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"PlanAct:Agents:{field}"] = value }).Build();
        var services = new ServiceCollection().AddPlanActAgents(config).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<AgentOptions>>().Value)!;

        Assert.That(ex.Message, Does.Contain($"PlanAct:Agents:{field}").And.Contain(value));
    }

    [Test]
    public void Configuration_binds_enums_and_formats()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanAct:Agents:ExecutorMode"] = "WebRL",
            ["PlanAct:Agents:ExecutorObservation"] = "Html",
            ["PlanAct:Agents:ReplanPolicy"] = "EveryNSteps",
            ["PlanAct:Agents:MaxSteps"] = "12",
        }).Build();
        var services = new ServiceCollection().AddPlanActAgents(config).BuildServiceProvider();

        var o = services.GetRequiredService<IOptions<AgentOptions>>().Value;

        Assert.That((o.ExecutorMode, o.ExecutorObservation, o.ReplanPolicy, o.MaxSteps), Is.EqualTo((ExecutorMode.WebRL, ObservationFormat.Html, ReplanPolicy.EveryNSteps, 12)));
        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<PlanActRunnerFactory>().Create());
    }

    [TestCase(ExecutorMode.Tools, "exactly ONE browser tool")]
    [TestCase(ExecutorMode.WebArena, "type [id] [text]")]
    [TestCase(ExecutorMode.WebRL, "do(action=\"Click\"")]
    [TestCase(ExecutorMode.BrowserGym, "click(bid=")]
    public void Each_mode_has_an_embedded_executor_prompt(ExecutorMode mode, string expected)
        => Assert.That(PromptLibrary.Load(new AgentOptions { ExecutorMode = mode }).Executor, Does.Contain(expected));

    [Test]
    public void Planner_prompt_puts_the_stable_rules_first_and_can_be_overridden_by_a_file()
    {
        var embedded = PromptLibrary.Load(new AgentOptions());
        Assert.That(embedded.PlannerSystem, Does.StartWith("You are the Planner"));
        Assert.That(embedded.PlannerSystem, Does.Contain("\\INSTRUCTION:"));
        Assert.That(PromptLibrary.Load(new AgentOptions { PlannerStructuredOutput = true }).PlannerFormat, Does.Contain("\"final_answer\""));

        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Custom planner rules.\r\n");
            var custom = PromptLibrary.Load(new AgentOptions { PlannerPromptPath = path });
            Assert.That(custom.PlannerRules, Is.EqualTo("Custom planner rules.\n"));
            Assert.That(custom.PlannerFormat, Is.EqualTo(embedded.PlannerFormat));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Unknown_embedded_prompt_lists_what_exists()
        => Assert.That(Assert.Throws<ArgumentException>(() => PromptLibrary.ReadEmbedded("Planner/nope.md"))!.Message, Does.Contain("Planner.system.md"));

    [Test]
    public void Web_task_validation_names_the_field()
    {
        Assert.That(Assert.Throws<ArgumentException>(() => new WebTask("7", "x", "ftp://a").Validate())!.Message, Does.Contain("StartUrl").And.Contain("ftp://a"));
        Assert.That(Assert.Throws<ArgumentException>(() => new WebTask("7", " ", "http://a").Validate())!.Message, Does.Contain("Intent"));
    }
}
