using System.IO.Compression;
using System.Xml.Linq;
using NUnit.Framework;
using PlanAct.DemoSite;
using PlanAct.Testing.Browser;
using PlanAct.Testing.FakeAgents;
using PlanAct.Testing.FakeOpenAI;

namespace PlanAct.Samples.Tests.Packaging;

/// <summary>
/// Packs PlanAct.Plugins, PlanAct.Agents and PlanAct.WebArena into a temp folder, checks the packages' metadata,
/// docs, symbols and SourceLink, then builds and runs a fresh project that references them from that folder and
/// runs a task on the demo site with fake models through the harness's task runner.
/// </summary>
[Category("Slow")]
[Category("Browser")]
public sealed class PackageTests
{
    private static readonly string[] Packages = ["PlanAct.Plugins", "PlanAct.Agents", "PlanAct.WebArena"];
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Test]
    public async Task Packages_have_metadata_docs_symbols_and_work_from_a_local_feed()
    {
        var version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), "planact-pack-" + Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(root, "feed");
        var app = Path.Combine(root, "app");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(app);
        try
        {
            foreach (var package in Packages)
            {
                var (packCode, packOutput) = await ProcessRunner.RunAsync(
                    "dotnet", ["pack", RepoPaths.Path("src", package), "-c", RepoPaths.Configuration, "-o", feed, $"-p:PackageVersion={version}", "-nologo"],
                    RepoPaths.Root, null, TimeSpan.FromMinutes(5));
                Assert.That(packCode, Is.EqualTo(0), packOutput);
                CheckPackage(Path.Combine(feed, $"{package}.{version}.nupkg"), Path.Combine(feed, $"{package}.{version}.snupkg"), package, version);
            }

            await WriteConsumerAsync(app, feed, version);
            await using var site = await DemoSiteServer.StartAsync();
            await using var fake = await FakeOpenAIServer.StartAsync();
            const string intent = "Green Canvas Backpack";
            fake.PlayAgents(new FakePlanner()
                .StopWhen(intent, (page, url) => url.Contains("/product/", StringComparison.Ordinal) && PageText.Has(page, "Add to cart", "button"), _ => "Opened it.")
                .ClickLinkIfShown(intent, "Green Canvas Backpack")
                .ClickLinkIfShown(intent, "Backpacks"));
            var environment = FakeModels.Environment(fake);
            environment["PlanAct__Browser__ExecutablePath"] = TestBrowser.ExecutablePath;
            environment["DEMO_SHOP_URL"] = site.BaseUrl;

            var (code, output) = await ProcessRunner.RunAsync("dotnet", ["run", "-c", "Release"], app, environment, TimeSpan.FromMinutes(6));
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("Status: Completed"));
            Assert.That(output, Does.Contain($"FinalUrl: {site.BaseUrl}/product/63"));
            Assert.That(output, Does.Match(@"Score: 1; steps seen live: (\d+) of \1"), "the progress callback saw every step");
            Assert.That(fake.ModelRequests.Any(r => r.Model == FakeModels.ExecutorModel), Is.True);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var package in Packages)
            {
                var cached = Path.Combine(cache, package.ToLowerInvariant(), version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
        }
    }

    private static void CheckPackage(string nupkg, string snupkg, string id, string version)
    {
        Assert.That(File.Exists(nupkg), Is.True, nupkg);
        Assert.That(File.Exists(snupkg), Is.True, snupkg);
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.That(names, Does.Contain($"lib/net10.0/{id}.dll"));
            Assert.That(names, Does.Contain($"lib/net10.0/{id}.xml"), "XML docs");
            Assert.That(names, Does.Contain("README.md"));
            using var nuspecStream = zip.GetEntry($"{id}.nuspec")!.Open();
            var nuspec = XDocument.Load(nuspecStream);
            var meta = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => meta.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
            Assert.That(Value("id"), Is.EqualTo(id));
            Assert.That(Value("version"), Is.EqualTo(version));
            Assert.That(Value("description"), Is.Not.Empty);
            Assert.That(Value("license"), Is.EqualTo("MIT"));
            Assert.That(Value("readme"), Is.EqualTo("README.md"));
            var repository = meta.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.That(repository.Attribute("url")?.Value, Does.StartWith("https://github.com/"));
            Assert.That(repository.Attribute("commit")?.Value, Does.Match("^[0-9a-f]{40}$"));
        }

        using var symbols = ZipFile.OpenRead(snupkg);
        var pdb = symbols.GetEntry($"lib/net10.0/{id}.pdb");
        Assert.That(pdb, Is.Not.Null, "symbols package holds the pdb");
        using var pdbStream = new MemoryStream();
        using (var s = pdb!.Open())
        {
            s.CopyTo(pdbStream);
        }

        pdbStream.Position = 0;
        using var provider = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(c => reader.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
            .SingleOrDefault();
        Assert.That(sourceLink, Does.Contain("https://raw.githubusercontent.com/"), "SourceLink maps sources to the repository");
    }

    private static async Task WriteConsumerAsync(string app, string feed, string version)
    {
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PlanAct.WebArena" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """"
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging.Abstractions;
            using PlanAct.Agents.Configuration;
            using PlanAct.Agents.Connectors;
            using PlanAct.Agents.Running;
            using PlanAct.Agents.Usage;
            using PlanAct.Plugins.Browser;
            using PlanAct.WebArena.Evaluation;
            using PlanAct.WebArena.Login;
            using PlanAct.WebArena.Sites;
            using PlanAct.WebArena.Suite;
            using PlanAct.WebArena.Tasks;

            var configuration = PlanActConfiguration.Build(args);
            var models = PlanActOptionsLoader.Load(configuration);
            using var clients = new ModelClientFactory(models, new UsageTracker());
            var agentOptions = new AgentOptions { MaxSteps = 8 };
            configuration.GetSection(AgentOptions.SectionName).Bind(agentOptions);
            var runner = new PlanActRunner(clients.GetChatClient(ModelRole.Planner), clients.GetChatClient(ModelRole.Executor), agentOptions);
            var browserOptions = new BrowserOptions();
            configuration.GetSection(BrowserOptions.SectionName).Bind(browserOptions);
            const string json = """
                [{"task_id": 1, "sites": ["demo_shop"], "start_url": "__DEMO_SHOP__", "intent": "Open the product page of the Green Canvas Backpack.",
                  "eval": {"eval_types": ["url_match"], "reference_url": "__DEMO_SHOP__/product/63"}}]
                """;
            var sites = new SiteUrls([new KeyValuePair<string, string>("demo_shop", Environment.GetEnvironmentVariable("DEMO_SHOP_URL")!)]);
            var task = new TaskConfigLoader(sites).Parse(json, "inline").Single();
            await using var browser = await BrowserHost.LaunchAsync(browserOptions);
            using var http = new HttpClient();
            var evaluator = new TaskEvaluator(new StringMatchEvaluator(null), new ProgramHtmlEvaluator(new EvaluationHelpers(sites, SiteAccount.Of("admin", "admin1234"), http), null, TimeSpan.FromSeconds(1)), UrlMatchVariant.Lite);
            var login = new SiteLoginService(sites, SiteLoginService.StandardAccounts, FormLoginFlow.Standard, ".auth", TimeSpan.FromHours(1), TimeSpan.FromSeconds(10), NullLogger<SiteLoginService>.Instance);
            var steps = 0;
            var agent = new PlanActWebAgent(runner, p => { if (p.Kind == ProgressKind.StepCompleted) { steps++; } });
            var result = await new BrowserTaskRunner(browser, login, agent, evaluator, PublicUrlMapper.Identity)
                .RunAsync(task, new TaskRunContext(null, Path.Combine(Path.GetTempPath(), "planact-consumer"), null), CancellationToken.None);
            Console.WriteLine($"Status: {result.AgentStatus} ({result.Status})");
            Console.WriteLine($"FinalUrl: {result.FinalUrl}");
            Console.WriteLine($"Score: {result.Score}; steps seen live: {steps} of {result.Steps}");
            return result.Success ? 0 : 1;
            """");
    }
}
