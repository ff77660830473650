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
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Running;
using PlanAct.Agents.Usage;
using PlanAct.DemoSite;
using PlanAct.Plugins.Browser;
using PlanAct.WebArena.Agents;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;
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

// 4. A browser session, the run, and the WebArena evaluation of the final page and answer.
var browserOptions = new BrowserOptions();
configuration.GetSection(BrowserOptions.SectionName).Bind(browserOptions);
await using var browser = await BrowserSession.LaunchAsync(browserOptions);
var result = await runner.RunAsync(PlanActTaskRunner.ToWebTask(task), browser);
using var http = new HttpClient();
var evaluator = new TaskEvaluator(
    new StringMatchEvaluator(judge: null),
    new ProgramHtmlEvaluator(new EvaluationHelpers(sites, SiteAccount.Of("admin", "admin1234"), http), judge: null, TimeSpan.FromSeconds(3)),
    UrlMatchVariant.Lite);
var evaluation = result.Status == WebTaskStatus.Completed
    ? await evaluator.EvaluateAsync(task, (result.Answer ?? "").Trim(), browser.ActivePage)
    : null;

// 5. The trajectory: every planner turn and executor action.
Console.WriteLine($"Status: {result.Status} ({result.Reason}); answer: {result.Answer ?? "-"}; steps: {result.Steps}");
foreach (var step in result.Trajectory)
{
    Console.WriteLine($"  step {step.Index}: {step.Instruction} -> {step.Action} ({step.Outcome})");
}

Console.WriteLine($"Score: {(evaluation is null ? "not scored" : evaluation.Score.ToString(CultureInfo.InvariantCulture))}");
Console.WriteLine($"Trajectory: {result.TrajectoryHtmlPath ?? "(not saved)"}");
return evaluation?.Passed == true ? 0 : 1;
