using Microsoft.Extensions.Configuration;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Running;
using Microsoft.Extensions.Logging;
using PlanAct.Agents.Usage;
using PlanAct.Console.Cli;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Suite;

namespace PlanAct.Console.Running;

/// <summary>
/// Everything a run needs, built from configuration with the libraries: model clients, the Plan–Act runner, a
/// shared Chromium, the WebArena evaluator, and the harness's <see cref="BrowserTaskRunner"/> that ties them together
/// (sign-in for require_login tasks, one tab per start URL, public hostnames, evaluation on the final page).
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

    /// <summary>Runs one WebArena task with the agents (<see cref="PlanActWebAgent"/> in a <see cref="BrowserTaskRunner"/>) and scores it.</summary>
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

    /// <summary>The harness settings from <c>PlanAct:WebArena</c>; throws <see cref="PlanActConfigurationException"/> listing every problem.</summary>
    public static WebArenaOptions LoadWebArenaOptions(IConfiguration configuration)
    {
        var options = new WebArenaOptions();
        configuration.GetSection(WebArenaOptions.SectionName).Bind(options);
        var validation = new WebArenaOptionsValidator().Validate(null, options);
        return validation.Failed ? throw new PlanActConfigurationException([.. validation.Failures ?? []]) : options;
    }

    /// <summary>Builds the stack; launches Chromium. <paramref name="progress"/> receives the agents' events as they happen.</summary>
    public static async Task<AgentStack> CreateAsync(
        IConfiguration configuration, SiteUrls sites, string outputFolder, CliContext context, Action<PlanActProgress>? progress, CancellationToken cancellationToken)
    {
        var modelOptions = LoadModelOptions(configuration);
        var webArena = LoadWebArenaOptions(configuration);
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
        var judge = new ChatClientAnswerJudge(planner, string.IsNullOrWhiteSpace(webArena.JudgeModel) ? modelOptions.Planner.Model : webArena.JudgeModel);
        var accounts = webArena.EffectiveAccounts();
        var evaluator = new TaskEvaluator(
            new StringMatchEvaluator(judge),
            new ProgramHtmlEvaluator(new EvaluationHelpers(sites, accounts[KnownSites.ShoppingAdmin], http), judge, TimeSpan.FromMilliseconds(webArena.EvaluationSettleMs)),
            webArena.UrlMatch);
        var login = new SiteLoginService(
            sites,
            accounts,
            FormLoginFlow.Standard,
            context.FullPath(webArena.AuthFolder),
            TimeSpan.FromHours(webArena.StorageStateMaxAgeHours),
            TimeSpan.FromSeconds(webArena.LoginTimeoutSeconds),
            context.LoggerFactory.CreateLogger<SiteLoginService>());
        var urls = webArena.UsePublicHostnames ? PublicUrlMapper.ForSites(sites, webArena.PublicHostnames) : PublicUrlMapper.Identity;
        var taskRunner = new BrowserTaskRunner(browser, login, new PlanActWebAgent(runner, progress), evaluator, urls);
        return new AgentStack(models, browser, http, taskRunner, agentOptions);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _models.Dispose();
        _http.Dispose();
    }
}
