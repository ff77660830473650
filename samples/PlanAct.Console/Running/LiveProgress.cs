using PlanAct.Agents.Running;
using PlanAct.WebArena.Results;
using TaskResult = PlanAct.WebArena.Results.TaskResult;
using Spectre.Console;

namespace PlanAct.Console.Running;

/// <summary>Prints the agents' progress as it happens (one line per event; safe to call from several tasks at once).</summary>
internal sealed class LiveProgress
{
    private readonly IAnsiConsole _console;
    private readonly Lock _gate = new();
    private readonly bool _verbose;

    public LiveProgress(IAnsiConsole console, bool verbose)
    {
        _console = console;
        _verbose = verbose;
    }

    /// <summary>Handles an agent progress event.</summary>
    public void Report(PlanActProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        lock (_gate)
        {
            switch (progress.Kind)
            {
                case ProgressKind.TaskStarted:
                    _console.MarkupLineInterpolated($"[blue]▶ task {progress.TaskId}[/] {progress.Message}");
                    break;
                case ProgressKind.StepCompleted:
                    _console.MarkupLineInterpolated($"  [grey]task {progress.TaskId} step {progress.Step}:[/] {Shorten(progress.Message)}");
                    break;
                case ProgressKind.PlannerTurn when _verbose:
                    _console.MarkupLineInterpolated($"  [grey]task {progress.TaskId} plan:[/] {Shorten(progress.Message)}");
                    break;
                case ProgressKind.TaskEnded:
                    _console.MarkupLineInterpolated($"  [grey]task {progress.TaskId} agent finished:[/] {Shorten(progress.Message)}");
                    break;
            }
        }
    }

    /// <summary>Prints a scored result.</summary>
    public void Finished(TaskResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            var mark = result.Success ? "[green]✓[/]" : result.Status == TaskRunStatus.Completed ? "[red]✗[/]" : "[yellow]![/]";
            _console.MarkupLine($"{mark} task {result.TaskId}: {Markup.Escape(result.Status.ToString())}, score {result.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}, {result.Steps} steps"
                + (result.Error is null ? "" : " — " + Markup.Escape(Shorten(result.Error))));
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..159] + "…";
}
