using Microsoft.Extensions.Logging;
using PlanAct.Console.Cli;

using var loggerFactory = LoggerFactory.Create(b => b
    .SetMinimumLevel(LogLevel.Warning)
    .AddSimpleConsole(o => o.SingleLine = true)
    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddFilter("Microsoft", LogLevel.Error));
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await PlanActCli.InvokeAsync(args, CliContext.ForProcess(loggerFactory), cancel.Token);
