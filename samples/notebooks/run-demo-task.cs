// Runs one task of PlanAct's built-in demo site with the Plan-and-Act agents and prints the trajectory.
//
//   dotnet run run-demo-task.cs -- [task id, default 5]
//
// Endpoints come from the usual PlanAct configuration: OPENROUTER_API_KEY alone (planner on OpenRouter; set
// EXECUTOR_ENDPOINT / EXECUTOR_MODEL_NAME for the executor), or PlanAct__Planner__Endpoint/Model/ApiKey and
// PlanAct__Executor__Endpoint/Model/ApiKey for any OpenAI-compatible server, or --PlanAct:Section:Key=value.
#:project ../PlanAct.DemoSite/PlanAct.DemoSite.csproj
#:project ../../src/PlanAct.WebArena/PlanAct.WebArena.csproj
#:property NoWarn=$(NoWarn);CA1303;CA2007;CA1849
#:property PublishAot=false

using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Running;
using PlanAct.Agents.Usage;
using PlanAct.DemoSite;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Results;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;

var taskId = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } id ? int.Parse(id, CultureInfo.InvariantCulture) : 5;

// 1. Configuration: the same sources as the library (appsettings.json, user secrets, environment, command line).
var configuration = PlanActConfiguration.Build(args);
var models = PlanActOptionsLoader.Load(configuration);
if (PlanActOptionsValidator.Problems(models) is { Count: > 0 } problems)
{
    Console.Error.WriteLine("The model endpoints are not configured:\n  " + string.Join("\n  ", problems));
    return 2;
}

// 2. The demo site on 127.0.0.1 and its task, with the site URL substituted.
await using var site = await DemoSiteServer.StartAsync();
var sites = new SiteUrls(DemoTasks.SiteUrls(site.BaseUrl));
var task = new TaskConfigLoader(sites).Parse(DemoTasks.ReadRawJson(), "demo tasks").Single(t => t.TaskId == taskId);
Console.WriteLine($"Task {task.TaskId}: {task.Intent}");

// 3. The agents: planner and executor chat clients, and the runner that puts them in a group chat.
using var clients = new ModelClientFactory(models, new UsageTracker());
var agentOptions = new AgentOptions { MaxSteps = 10, TrajectoryDirectory = Path.Combine(Path.GetTempPath(), "planact-trajectories") };
configuration.GetSection(AgentOptions.SectionName).Bind(agentOptions);
var runner = new PlanActRunner(clients.GetChatClient(ModelRole.Planner), clients.GetChatClient(ModelRole.Executor), agentOptions);

// 4. The WebArena harness: a shared browser, sign-in for require_login tasks, the evaluator, and the task runner that
//    opens the start tabs, lets the agents work (printing each step as it happens) and scores the final page.
var browserOptions = new BrowserOptions();
configuration.GetSection(BrowserOptions.SectionName).Bind(browserOptions);
await using var browser = await BrowserHost.LaunchAsync(browserOptions);
using var http = new HttpClient();
var evaluator = new TaskEvaluator(
    new StringMatchEvaluator(judge: null),
    new ProgramHtmlEvaluator(new EvaluationHelpers(sites, SiteAccount.Of("admin", "admin1234"), http), judge: null, TimeSpan.FromSeconds(3)),
    UrlMatchVariant.Lite);
var login = new SiteLoginService(sites, SiteLoginService.StandardAccounts, FormLoginFlow.Standard, ".auth",
    TimeSpan.FromHours(12), TimeSpan.FromSeconds(30), NullLogger<SiteLoginService>.Instance);
var agent = new PlanActWebAgent(runner, progress =>
{
    // 5. The trajectory as it happens: every executor action.
    if (progress.Record is { } step)
    {
        Console.WriteLine($"  step {step.Index}: {step.Instruction} -> {step.Action} ({step.Outcome})");
    }
});
var taskRunner = new BrowserTaskRunner(browser, login, agent, evaluator, PublicUrlMapper.Identity);
var output = Path.Combine(Path.GetTempPath(), "planact-demo-task");
var result = await taskRunner.RunAsync(task, new TaskRunContext(CostBudgetUsd: null, output, Shard: null), CancellationToken.None);

Console.WriteLine($"Status: {result.AgentStatus} ({result.Status}{(result.Error is null ? "" : ": " + result.Error)}); answer: {result.Answer ?? "-"}; steps: {result.Steps}");
Console.WriteLine($"Score: {(result.Status == TaskRunStatus.Completed ? result.Score.ToString(CultureInfo.InvariantCulture) : "not scored")}");
Console.WriteLine($"Trajectory: {result.TrajectoryPath ?? "(not saved)"}");
return result.Success ? 0 : 1;
