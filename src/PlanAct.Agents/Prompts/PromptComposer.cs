using System.Globalization;
using System.Text;
using PlanAct.Agents.Running;
using PlanAct.Agents.Trajectory;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Prompts;

/// <summary>
/// Builds the per-turn user messages. Each turn gets one fresh, compact message (task, current page, plan and
/// memory, recent steps) instead of an ever-growing history; the system prompts stay byte-identical and first.
/// Pure functions of their inputs.
/// </summary>
public static class PromptComposer
{
    /// <summary>The planner's user message for one turn.</summary>
    /// <param name="task">The task.</param>
    /// <param name="plan">The previous global plan (empty on the first turn).</param>
    /// <param name="memory">The previous memory.</param>
    /// <param name="recentSteps">The executor's recent steps, oldest first.</param>
    /// <param name="observation">The current page in the planner's format.</param>
    /// <returns>The message text.</returns>
    public static string PlannerMessage(WebTask task, string plan, string memory, IReadOnlyList<StepRecord> recentSteps, PageObservation observation)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recentSteps);
        ArgumentNullException.ThrowIfNull(observation);
        var sb = new StringBuilder();
        AppendTask(sb, task);
        sb.Append("\n# Previous global plan\n").Append(string.IsNullOrWhiteSpace(plan) ? "(none yet: this is the first turn)" : plan.Trim()).Append('\n');
        sb.Append("\n# Memory\n").Append(string.IsNullOrWhiteSpace(memory) ? "(empty)" : memory.Trim()).Append('\n');
        sb.Append("\n# Executor's recent steps\n");
        if (recentSteps.Count == 0)
        {
            sb.Append("(none yet)\n");
        }

        foreach (var step in recentSteps)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Step {step.Index}: instruction: {step.Instruction}\n");
            sb.Append("  action: ").Append(step.Action is null ? "(none: " + OneLine(step.ExecutorOutput) + ")" : Describe(step.Action)).Append('\n');
            sb.Append("  outcome: ").Append(step.Success ? "" : "FAILED: ").Append(OneLine(step.Outcome)).Append('\n');
        }

        AppendPage(sb, observation);
        sb.Append("\nWrite your reply now, in the required format.\n");
        return sb.ToString();
    }

    /// <summary>The executor's user message for one turn.</summary>
    /// <param name="task">The task (context only).</param>
    /// <param name="instruction">The planner's instruction.</param>
    /// <param name="recentSteps">The executor's own recent steps, oldest first.</param>
    /// <param name="observation">The current page in the executor's format.</param>
    /// <returns>The message text.</returns>
    public static string ExecutorMessage(WebTask task, string instruction, IReadOnlyList<StepRecord> recentSteps, PageObservation observation)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recentSteps);
        ArgumentNullException.ThrowIfNull(observation);
        var sb = new StringBuilder();
        sb.Append("# Instruction\n").Append(instruction.Trim()).Append('\n');
        sb.Append("\n# Overall task (context only; do just the instruction)\n").Append(task.Intent.Trim()).Append('\n');
        if (recentSteps.Count > 0)
        {
            sb.Append("\n# Your recent actions\n");
            foreach (var step in recentSteps)
            {
                sb.Append(step.Action is null ? "(no action)" : Describe(step.Action)).Append(" -> ").Append(step.Success ? "" : "FAILED: ").Append(OneLine(step.Outcome)).Append('\n');
            }
        }

        AppendPage(sb, observation);
        return sb.ToString();
    }

    /// <summary>The instruction given when the replan policy carries the plan over without calling the planner.</summary>
    /// <param name="plan">The current global plan.</param>
    /// <param name="previousInstruction">The last instruction.</param>
    /// <returns>The instruction text.</returns>
    public static string ContinueInstruction(string plan, string? previousInstruction)
        => $"Continue with the plan: take the single next action it needs on the current page.\nPrevious instruction: {previousInstruction}\nPlan:\n{plan.Trim()}";

    /// <summary>Renders an action in the WebArena bracket form, for histories and trajectories.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The text, e.g. <c>click [12]</c>.</returns>
    public static string Describe(BrowserAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Kind switch
        {
            BrowserActionKind.Click => $"click [{action.ElementId}]",
            BrowserActionKind.Hover => $"hover [{action.ElementId}]",
            BrowserActionKind.Type => $"type [{action.ElementId}] [{action.Argument}] [{(action.PressEnter ? 1 : 0)}]",
            BrowserActionKind.SelectOption => $"select_option [{action.ElementId}] [{action.Argument}]",
            BrowserActionKind.Press => $"press [{action.Argument}]",
            BrowserActionKind.Scroll => $"scroll [{action.Argument ?? "down"}]",
            BrowserActionKind.Goto => $"goto [{action.Argument}]",
            BrowserActionKind.GoBack => "go_back",
            BrowserActionKind.GoForward => "go_forward",
            BrowserActionKind.NewTab => "new_tab",
            BrowserActionKind.TabFocus => $"tab_focus [{action.TabIndex}]",
            BrowserActionKind.CloseTab => "close_tab",
            BrowserActionKind.Stop => $"stop [{action.Argument}]",
            _ => "none",
        };
    }

    private static void AppendTask(StringBuilder sb, WebTask task)
    {
        sb.Append("# Task\n").Append(task.Intent.Trim()).Append('\n');
        sb.Append("Start page: ").Append(task.StartUrl).Append('\n');
        sb.Append("Allowed sites: ").Append(task.AllowedSites.Count == 0 ? "any" : string.Join(", ", task.AllowedSites)).Append('\n');
    }

    private static void AppendPage(StringBuilder sb, PageObservation observation)
    {
        sb.Append("\n# Current page\nURL: ").Append(observation.Url).Append('\n');
        sb.Append(observation.Text.TrimEnd()).Append('\n');
    }

    private static string OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
