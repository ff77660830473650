using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Tests.Suite;

public sealed class ServiceRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddPlanActWebArena(configuration).BuildServiceProvider();
    }

    [Test]
    public void Binds_options_sites_and_the_public_mapping_from_configuration()
    {
        using var services = Build(new()
        {
            ["PlanAct:WebArena:Sites:demo"] = "http://127.0.0.1:5050",
            ["PlanAct:WebArena:PublicHostnames:demo"] = "http://demo.shop",
            ["PlanAct:WebArena:UrlMatch"] = "Original",
            ["PlanAct:WebArena:Accounts:gitlab:Username"] = "someone",
            ["PlanAct:WebArena:Accounts:gitlab:Password"] = "pw",
        });

        var options = services.GetRequiredService<IOptions<WebArenaOptions>>().Value;
        Assert.That(options.UrlMatch, Is.EqualTo(UrlMatchVariant.Original));
        Assert.That(options.EffectiveAccounts()["gitlab"].Username, Is.EqualTo("someone"));
        Assert.That(options.EffectiveAccounts()["reddit"].Username, Is.EqualTo("MarvelsGrantMan136"));
        Assert.That(services.GetRequiredService<SiteUrls>().Get("demo"), Is.EqualTo("http://127.0.0.1:5050"));
        Assert.That(services.GetRequiredService<PublicUrlMapper>().ToPublic("http://127.0.0.1:5050/x"), Is.EqualTo("http://demo.shop/x"));
        var task = services.GetRequiredService<TaskConfigLoader>().Parse(
            """{"sites": ["demo"], "task_id": 1, "start_url": "__DEMO__/", "intent": "x", "eval": {"eval_types": ["string_match"], "reference_answers": {"exact_match": "y"}}}""", "demo.json");
        Assert.That(task.Single().StartUrls.Single(), Is.EqualTo("http://127.0.0.1:5050/"));
        Assert.That(services.GetRequiredService<TaskEvaluator>(), Is.Not.Null);
    }

    [Test]
    public void Invalid_options_fail_at_start_naming_each_setting()
    {
        using var services = Build(new()
        {
            ["PlanAct:WebArena:Sites:gitlab"] = "gitlab:8023",
            ["PlanAct:WebArena:MaxConcurrency"] = "0",
            ["PlanAct:WebArena:JudgeClient"] = "Oracle",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<WebArenaOptions>>().Value);
        Assert.That(ex!.Message, Does.Contain("Sites/PublicHostnames:gitlab").And.Contain("MaxConcurrency").And.Contain("JudgeClient"));
    }
}
