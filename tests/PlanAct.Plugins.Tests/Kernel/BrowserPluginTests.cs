using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Kernel;
using PlanAct.Plugins.Tests.Browser;

namespace PlanAct.Plugins.Tests.Kernel;

[TestFixture]
[Category("Browser")]
public sealed class BrowserPluginTests : BrowserFixture
{
    private static readonly string[] ExpectedNames =
        ["click", "type", "hover", "press", "scroll", "select_option", "goto", "go_back", "go_forward", "new_tab", "tab_focus", "close_tab", "stop"];

    [Test]
    public async Task Kernel_functions_have_the_webarena_names_and_described_parameters()
    {
        await using var session = await NewSessionAsync();
        var plugin = new BrowserPlugin(session).AsKernelPlugin();

        Assert.That(plugin.Select(f => f.Name), Is.EquivalentTo(ExpectedNames));
        foreach (var function in plugin)
        {
            Assert.That(function.Description, Is.Not.Empty, function.Name);
            Assert.That(function.Metadata.Parameters.Select(p => p.Description), Has.All.Not.Empty, function.Name);
        }

        var type = plugin["type"].Metadata.Parameters;
        Assert.That(type.Select(p => p.Name), Is.EqualTo(new[] { "id", "text", "press_enter" }));
        Assert.That(type[0].Description, Does.Contain("e.g. 12 for [12]"));
        Assert.That(type[2].IsRequired, Is.False);
        Assert.That(plugin["press"].Metadata.Parameters.Single().Name, Is.EqualTo("key_comb"));
    }

    [Test]
    public async Task AI_tools_have_the_same_names_and_plain_json_schemas_without_condition()
    {
        await using var session = await NewSessionAsync();
        var tools = new BrowserPlugin(session).AsAITools().Cast<AIFunction>().ToList();

        Assert.That(tools.Select(t => t.Name), Is.EqualTo(ExpectedNames));
        foreach (var tool in tools)
        {
            Assert.That(tool.Description, Is.Not.Empty, tool.Name);
            Assert.That(tool.JsonSchema.TryGetProperty("condition", out _), Is.False, tool.JsonSchema.ToString());
            Assert.That(tool.JsonSchema.GetProperty("type").GetString(), Is.EqualTo("object"));
            Assert.That(tool.JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name), Has.None.EqualTo("cancellationToken"));
        }

        var click = tools.Single(t => t.Name == "click").JsonSchema;
        Assert.That(click.GetProperty("properties").GetProperty("id").GetProperty("description").GetString(), Does.Contain("[12]"));
        Assert.That(click.GetProperty("required").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "id" }));
    }

    [Test]
    public async Task Tools_act_on_the_page_and_return_errors_as_text()
    {
        await using var session = await NewSessionAsync();
        var plugin = new BrowserPlugin(session);
        var tools = plugin.AsAITools().Cast<AIFunction>().ToDictionary(t => t.Name);
        await plugin.GotoAsync(Site.Url("/"));
        await session.ObserveAsync(FullPage);

        var typed = await tools["type"].InvokeAsync(new AIFunctionArguments { ["id"] = IdOf(session, "searchbox", "Search"), ["text"] = "lamp" });
        var clicked = await plugin.ClickAsync(IdOf(session, "button", "Go"));
        var unknown = await plugin.ClickAsync("4242");
        var stop = await plugin.StopAsync("done");

        Assert.That(((JsonElement)typed!).GetString(), Does.StartWith("typed 'lamp' into"));
        Assert.That(clicked, Does.StartWith("clicked"));
        Assert.That(await session.ActivePage.Locator("#out").InnerTextAsync(), Is.EqualTo("searched lamp"));
        Assert.That(unknown, Does.StartWith("error: no element [4242]"));
        Assert.That(stop, Does.Contain("done"));
        Assert.That(plugin.LastOutcome!.IsStop, Is.True);
    }

    [Test]
    public void AddPlanActBrowser_binds_and_validates_the_section()
    {
        var good = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanAct:Browser:ViewportWidth"] = "1024",
            ["PlanAct:Browser:AllowedOrigins:0"] = "http://127.0.0.1:7770",
        }).Build();
        using var goodProvider = new ServiceCollection().AddPlanActBrowser(good).BuildServiceProvider();
        var options = goodProvider.GetRequiredService<IOptions<BrowserOptions>>().Value;
        Assert.That(options.ViewportWidth, Is.EqualTo(1024));
        Assert.That(options.AllowedOrigins, Is.EqualTo(new[] { "http://127.0.0.1:7770" }));
        Assert.That(goodProvider.GetRequiredService<BrowserLauncher>().Options, Is.SameAs(options));

        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanAct:Browser:SettleTimeoutMs"] = "-5",
        }).Build();
        using var badProvider = new ServiceCollection().AddPlanActBrowser(bad).BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => _ = badProvider.GetRequiredService<IOptions<BrowserOptions>>().Value)!;
        Assert.That(ex.Message, Does.Contain("PlanAct:Browser:SettleTimeoutMs is -5"));
    }
}
