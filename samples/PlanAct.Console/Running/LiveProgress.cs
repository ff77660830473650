using System.Collections.Concurrent;
using System.Globalization;
using PlanAct.Agents.Running;
using PlanAct.WebArena.Results;
using Spectre.Console;
using TaskResult = PlanAct.WebArena.Results.TaskResult;

namespace PlanAct.Console.Running;

/// <summary>
/// Shows the agents' progress as it happens; safe to call from several tasks at once. On a terminal, running tasks are
/// Spectre.Console progress bars (step n of the step limit, with the last action) and scored results are printed above
/// them; when output is redirected (logs, tests), every event is one plain line.
/// </summary>
internal sealed class LiveProgress
{
    private readonly IAnsiConsole _console;
    private readonly Lock _gate = new();
    private readonly bool _verbose;
    private int _maxSteps = 1;
    private readonly ConcurrentDictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);
    private ProgressContext? _live;

    /// <summary>Creates the display.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="verbose">Also show the planner's turns.</param>
    public LiveProgress(IAnsiConsole console, bool verbose)
    {
        _console = console;
        _verbose = verbose;
    }

    /// <summary>Whether the console is a terminal that can redraw a live display (not redirected output).</summary>
    public bool IsLive => _console.Profile.Capabilities.Interactive && _console.Profile.Capabilities.Ansi;

    /// <summary>Runs <paramref name="run"/> with the live display shown on a terminal; otherwise just runs it.</summary>
    /// <param name="maxSteps">The agents' step limit (a bar's length).</param>
    /// <param name="run">The work to show.</param>
    public async Task<T> ShowWhileAsync<T>(int maxSteps, Func<Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!IsLive)
        {
            return await run();
        }

        _maxSteps = Math.Max(1, maxSteps);

        return await _console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                _live = context;
                try
                {
                    return await run();
                }
                finally
                {
                    _live = null;
                }
            });
    }

    /// <summary>Handles an agent progress event.</summary>
    public void Report(PlanActProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (_live is { } live)
        {
            ReportLive(live, progress);
            return;
        }

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
            _console.MarkupLine($"{mark} task {result.TaskId}: {Markup.Escape(result.Status.ToString())}, score {result.Score.ToString("0.##", CultureInfo.InvariantCulture)}, {result.Steps} steps"
                + (result.Error is null ? "" : " — " + Markup.Escape(Shorten(result.Error))));
        }

        if (_bars.TryRemove(result.TaskId.ToString(CultureInfo.InvariantCulture), out var bar))
        {
            bar.StopTask();
        }
    }

    private void ReportLive(ProgressContext live, PlanActProgress progress)
    {
        var bar = _bars.GetOrAdd(progress.TaskId, id => live.AddTask(Markup.Escape($"task {id}: starting"), maxValue: _maxSteps));
        switch (progress.Kind)
        {
            case ProgressKind.TaskStarted:
                bar.Description = Markup.Escape($"task {progress.TaskId}: {Shorten(progress.Message, 60)}");
                break;
            case ProgressKind.StepCompleted:
                bar.Value = Math.Min(progress.Step, _maxSteps);
                bar.Description = Markup.Escape($"task {progress.TaskId} step {progress.Step}: {Shorten(progress.Message, 60)}");
                break;
            case ProgressKind.PlannerTurn when _verbose:
                lock (_gate)
                {
                    _console.MarkupLineInterpolated($"  [grey]task {progress.TaskId} plan:[/] {Shorten(progress.Message)}");
                }

                break;
            case ProgressKind.TaskEnded:
                bar.Value = _maxSteps;
                bar.Description = Markup.Escape($"task {progress.TaskId}: evaluating ({Shorten(progress.Message, 50)})");
                break;
        }
    }

    private static string Shorten(string text, int length = 160)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
