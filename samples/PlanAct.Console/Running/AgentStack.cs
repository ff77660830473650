using Microsoft.Extensions.Configuration;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Running;
using PlanAct.Agents.Usage;
using PlanAct.Console.Cli;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Agents;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Suite;

namespace PlanAct.Console.Running;

/// <summary>
/// Everything a run needs, built from configuration with the libraries: model clients, the Plan–Act runner, a
/// shared Chromium, the WebArena evaluator and the task runner that ties them together.
/// </summary>
internal sealed class AgentStack : IAsyncDisposable
{
    private readonly ModelClientFactory _models;
    private readonly BrowserHost _browser;
    private readonly HttpClient _http;

    private AgentStack(ModelClientFactory models, BrowserHost browser, HttpClient http, ITaskRunner taskRunner, AgentOptions agentOptions)
    {
        _models = models;
        _browser = browser;
        _http = http;
        TaskRunner = taskRunner;
        AgentOptions = agentOptions;
    }

    /// <summary>Runs one WebArena task with the agents and scores it.</summary>
    public ITaskRunner TaskRunner { get; }

    /// <summary>The agent options in effect (trajectory folder, step limit…).</summary>
    public AgentOptions AgentOptions { get; }

    /// <summary>Reads and validates the model endpoints; throws <see cref="PlanActConfigurationException"/> listing every problem.</summary>
    public static PlanActOptions LoadModelOptions(IConfiguration configuration)
    {
        var options = PlanActOptionsLoader.Load(configuration);
        var problems = PlanActOptionsValidator.Problems(options);
        return problems.Count == 0 ? options : throw new PlanActConfigurationException(problems);
    }

    /// <summary>The browser options from <c>PlanAct:Browser</c>.</summary>
    public static BrowserOptions LoadBrowserOptions(IConfiguration configuration)
    {
        var options = new BrowserOptions();
        configuration.GetSection(BrowserOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>Builds the stack; launches Chromium.</summary>
    public static async Task<AgentStack> CreateAsync(
        IConfiguration configuration, SiteUrls sites, string outputFolder, CliContext context, Action<PlanActProgress>? progress, CancellationToken cancellationToken)
    {
        var modelOptions = LoadModelOptions(configuration);
        var agentOptions = new AgentOptions();
        configuration.GetSection(AgentOptions.SectionName).Bind(agentOptions);
        agentOptions.TrajectoryDirectory ??= Path.Combine(outputFolder, "trajectories");
        try
        {
            agentOptions.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new PlanActConfigurationException([ex.Message]);
        }

        var browser = await BrowserHost.LaunchAsync(LoadBrowserOptions(configuration), context.LoggerFactory, cancellationToken);
        var models = new ModelClientFactory(modelOptions, new UsageTracker(), context.LoggerFactory);
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var planner = models.GetChatClient(ModelRole.Planner);
        var runner = new PlanActRunner(planner, models.GetChatClient(ModelRole.Executor), agentOptions, context.LoggerFactory);
        var judge = new ChatClientAnswerJudge(planner, modelOptions.Planner.Model);
        var admin = SiteAccount.Of(
            configuration["PlanAct:WebArena:ShoppingAdmin:Username"] ?? "admin",
            configuration["PlanAct:WebArena:ShoppingAdmin:Password"] ?? "admin1234");
        var evaluator = new TaskEvaluator(
            new StringMatchEvaluator(judge),
            new ProgramHtmlEvaluator(new EvaluationHelpers(sites, admin, http), judge, TimeSpan.FromSeconds(3)),
            UrlMatchVariant.Lite);
        return new AgentStack(models, browser, http, new PlanActTaskRunner(runner, browser, evaluator, progress), agentOptions);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _models.Dispose();
        _http.Dispose();
    }
}
