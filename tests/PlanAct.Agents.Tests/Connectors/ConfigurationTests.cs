using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.UserSecrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;

namespace PlanAct.Agents.Tests.Connectors;

public sealed class ConfigurationTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateDir()
    {
        _dir = Path.Combine(Path.GetTempPath(), "planact-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteDir() => Directory.Delete(_dir, recursive: true);

    private static Dictionary<string, string?> Env(params (string Name, string Value)[] vars) =>
        vars.ToDictionary(v => v.Name, v => (string?)v.Value);

    [Test]
    public void Defaults_match_the_python_setup()
    {
        var config = PlanActConfiguration.Build([], _dir, Env(("OPENROUTER_API_KEY", "sk-or-v1-abc")), "planact-test-none");

        var o = PlanActOptionsLoader.Load(config);

        Assert.Multiple(() =>
        {
            Assert.That(o.Planner.Endpoint, Is.EqualTo("https://openrouter.ai/api/v1"));
            Assert.That(o.Planner.Model, Is.EqualTo("anthropic/claude-sonnet-4"));
            Assert.That(o.Planner.ApiKey, Is.EqualTo("sk-or-v1-abc"));
            Assert.That(o.Planner.ApiMode, Is.EqualTo(ModelApiMode.Chat));
            Assert.That(o.Executor.Endpoint, Is.EqualTo("http://localhost:5002/v1"));
            Assert.That(o.Executor.ApiKey, Is.EqualTo("dummy"));
            Assert.That(o.PlannerFallback.Enabled, Is.True);
            Assert.That(o.Debug, Is.False);
        });
    }

    [Test]
    public void Later_sources_win_appsettings_then_secrets_then_legacy_env_then_dotnet_env_then_command_line()
    {
        File.WriteAllText(Path.Combine(_dir, "appsettings.json"), """
            {"PlanAct":{"Planner":{"Model":"from-json","Endpoint":"http://json.example/v1","ApiKey":"json-key-123456"},
                        "Executor":{"Model":"exec-json","ApiMode":"completion","Temperature":0.3,
                                    "ExtraBody":{"top_k":20,"provider":{"order":["a","b"]}}}}}
            """);
        var secretsId = "planact-test-" + Guid.NewGuid().ToString("N");
        var secretsPath = PathHelper.GetSecretsPathFromSecretsId(secretsId);
        Directory.CreateDirectory(Path.GetDirectoryName(secretsPath)!);
        File.WriteAllText(secretsPath, """{"PlanAct:Planner:ApiKey":"secret-key-123456","PlanAct:Executor:Model":"exec-secret"}""");
        try
        {
            var env = Env(
                ("OPENROUTER_API_KEY", "legacy-key-123456"),
                ("PLANNER_MODEL_NAME", "legacy-model"),
                ("EXECUTOR_MODEL_NAME", "legacy-exec"),
                ("EXECUTOR_ENDPOINT", "http://legacy-exec:8000/v1"),
                ("PlanAct__Planner__Model", "dotnet-model"),
                ("OPENAI_LOG", "debug"));

            var o = PlanActOptionsLoader.Load(PlanActConfiguration.Build(["--PlanAct:Executor:Model=cli-exec"], _dir, env, secretsId));

            Assert.Multiple(() =>
            {
                Assert.That(o.Planner.Endpoint, Is.EqualTo("http://json.example/v1"), "only appsettings sets it");
                Assert.That(o.Planner.ApiKey, Is.EqualTo("legacy-key-123456"), "env beats user secrets");
                Assert.That(o.Planner.Model, Is.EqualTo("dotnet-model"), ".NET env form beats the legacy name");
                Assert.That(o.Executor.Model, Is.EqualTo("cli-exec"), "command line beats everything");
                Assert.That(o.Executor.Endpoint, Is.EqualTo("http://legacy-exec:8000/v1"));
                Assert.That(o.Executor.ApiMode, Is.EqualTo(ModelApiMode.Completion));
                Assert.That(o.Executor.Temperature, Is.EqualTo(0.3f));
                Assert.That(o.Executor.ExtraBody["top_k"], Is.EqualTo("20"));
                Assert.That(o.Executor.ExtraBody["provider"], Is.EqualTo("""{"order":["a","b"]}"""));
                Assert.That(o.Debug, Is.True, "OPENAI_LOG=debug");
            });

            var withoutEnv = PlanActOptionsLoader.Load(PlanActConfiguration.Build([], _dir, Env(), secretsId));
            Assert.That(withoutEnv.Planner.ApiKey, Is.EqualTo("secret-key-123456"), "user secrets beat appsettings.json");
            Assert.That(withoutEnv.Executor.Model, Is.EqualTo("exec-secret"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(secretsPath)!, recursive: true);
        }
    }

    [Test]
    public void Lists_dictionaries_times_and_prices_bind_from_the_command_line()
    {
        string[] args =
        [
            "--PlanAct:Executor:StopSequences:0=<|im_end|>",
            "--PlanAct:Executor:StopSequences:1=</s>",
            "--PlanAct:Planner:Headers:X-Experiment=e1",
            "--PlanAct:Planner:Timeout=00:00:45",
            "--PlanAct:Planner:TotalTimeout=00:03:00",
            "--PlanAct:Executor:InputPricePerMillion=0.05",
            "--PlanAct:Retry:BaseDelay=00:00:00.250",
            "--PlanAct:PlannerFallback:Enabled=false",
        ];

        var o = PlanActOptionsLoader.Load(PlanActConfiguration.Build(args, _dir, Env(("OPENROUTER_API_KEY", "k-123456")), "planact-test-none"));

        Assert.Multiple(() =>
        {
            Assert.That(o.Executor.StopSequences, Is.EqualTo(new[] { "<|im_end|>", "</s>" }));
            Assert.That(o.Planner.Headers["x-experiment"], Is.EqualTo("e1"));
            Assert.That(o.Planner.Timeout, Is.EqualTo(TimeSpan.FromSeconds(45)));
            Assert.That(o.Executor.InputPricePerMillion, Is.EqualTo(0.05m));
            Assert.That(o.Retry.BaseDelay, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
            Assert.That(o.PlannerFallback.Enabled, Is.False);
        });
    }

    [Test]
    public void Missing_planner_key_names_the_setting_and_how_to_set_it()
    {
        var config = PlanActConfiguration.Build([], _dir, Env(), "planact-test-none");

        var e = Assert.Throws<PlanActConfigurationException>(() => PlanActOptionsLoader.Load(config));

        Assert.That(e!.Problems, Has.Count.EqualTo(1));
        Assert.That(e.Message, Does.Contain("PlanAct:Planner:ApiKey is missing"));
        Assert.That(e.Message, Does.Contain("OPENROUTER_API_KEY"));
        Assert.That(e.Message, Does.Contain("PlanAct__Planner__ApiKey"));
    }

    [Test]
    public void Bad_url_and_unknown_mode_are_reported_with_the_setting_and_valid_values()
    {
        var bad = PlanActConfiguration.Build(["--PlanAct:Executor:ApiMode=chatty"], _dir, Env(("OPENROUTER_API_KEY", "k-123456")), "planact-test-none");
        var e1 = Assert.Throws<PlanActConfigurationException>(() => PlanActOptionsLoader.Load(bad));
        Assert.That(e1!.Message, Does.Contain("PlanAct:Executor:ApiMode has the unknown value 'chatty'"));
        Assert.That(e1.Message, Does.Contain("chat | completion"));

        var url = PlanActConfiguration.Build([], _dir, Env(("OPENROUTER_API_KEY", "k-123456"), ("EXECUTOR_ENDPOINT", "localhost:5002")), "planact-test-none");
        var e2 = Assert.Throws<PlanActConfigurationException>(() => PlanActOptionsLoader.Load(url));
        Assert.That(e2!.Message, Does.Contain("PlanAct:Executor:Endpoint 'localhost:5002' is not an absolute http(s) URL"));
    }

    [Test]
    public void Factory_refuses_invalid_options_and_never_echoes_the_key()
    {
        var o = new PlanActOptions();
        o.Planner.ApiKey = "sk-or-v1-supersecretvalue000";
        o.Planner.Temperature = 5;

        var e = Assert.Throws<PlanActConfigurationException>(() => new ModelClientFactory(o, new Usage.UsageTracker()));

        Assert.That(e!.Message, Does.Contain("PlanAct:Planner:Temperature"));
        Assert.That(e.Message, Does.Not.Contain("supersecret"));
    }

    [Test]
    public void AddPlanActConnectors_binds_validates_and_resolves_clients()
    {
        var good = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanAct:Planner:ApiKey"] = "k-123456",
            ["PlanAct:Executor:Model"] = "exec",
        }).Build();
        using var sp = new ServiceCollection().AddPlanActConnectors(good).BuildServiceProvider();
        Assert.That(sp.GetRequiredService<IOptions<PlanActOptions>>().Value.Executor.Model, Is.EqualTo("exec"));
        Assert.That(sp.GetRequiredKeyedService<Microsoft.Extensions.AI.IChatClient>("Executor"), Is.Not.Null);
        Assert.That(sp.GetRequiredService<IModelClientFactory>().GetChatClient(ModelRole.Planner), Is.Not.Null);

        var bad = new ConfigurationBuilder().Build();
        using var sp2 = new ServiceCollection().AddPlanActConnectors(bad).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => _ = sp2.GetRequiredService<IOptions<PlanActOptions>>().Value);
        Assert.That(e!.Message, Does.Contain("PlanAct:Planner:ApiKey is missing"));
    }
}
