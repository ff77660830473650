using PlanAct.Plugins.Observation;

namespace PlanAct.Agents.Running;

/// <summary>
/// How the planner/executor group chat runs a task. Bind from configuration section <c>PlanAct:Agents</c>
/// and call <see cref="Validate"/> before use.
/// </summary>
public sealed class AgentOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "PlanAct:Agents";

    /// <summary>Most executor steps per task. Default 30.</summary>
    public int MaxSteps { get; set; } = 30;

    /// <summary>Cost limit per task in USD; 0 means none.</summary>
    public decimal MaxTaskCostUsd { get; set; }

    /// <summary>Cost limit for the whole run in USD (all tasks sharing a <see cref="CostLedger"/>); 0 means none.</summary>
    public decimal MaxRunCostUsd { get; set; }

    /// <summary>When the planner is called again. Default <see cref="ReplanPolicy.EveryStep"/>.</summary>
    public ReplanPolicy ReplanPolicy { get; set; } = ReplanPolicy.EveryStep;

    /// <summary>For <see cref="ReplanPolicy.EveryNSteps"/>: replan every this many steps. Default 3.</summary>
    public int ReplanInterval { get; set; } = 3;

    /// <summary>The page format the planner sees. Default <see cref="ObservationFormat.AccessibilityTree"/> (WebArena's text format).</summary>
    public ObservationFormat PlannerObservation { get; set; } = ObservationFormat.AccessibilityTree;

    /// <summary>
    /// The page format the executor sees. Default <see cref="ObservationFormat.Html"/>: the WebRL-style simplified HTML that
    /// Plan-and-Act's executor reads, with ids only on interactive elements (measured at about 4% of the tokens of the
    /// aria snapshot of the same page).
    /// </summary>
    public ObservationFormat ExecutorObservation { get; set; } = ObservationFormat.Html;

    /// <summary>Token budget of the planner's observation; 0 means no limit. Default 8000.</summary>
    public int PlannerObservationMaxTokens { get; set; } = 8000;

    /// <summary>Token budget of the executor's observation; 0 means no limit. Default 8000.</summary>
    public int ExecutorObservationMaxTokens { get; set; } = 8000;

    /// <summary>How the executor acts. Default <see cref="ExecutorMode.Tools"/>.</summary>
    public ExecutorMode ExecutorMode { get; set; } = ExecutorMode.Tools;

    /// <summary>End the task after this many identical consecutive actions. Default 3.</summary>
    public int MaxIdenticalActions { get; set; } = 3;

    /// <summary>End the task after this many consecutive failed (or unparseable) actions. Default 3.</summary>
    public int MaxConsecutiveFailures { get; set; } = 3;

    /// <summary>How many recent executor steps the planner sees. Default 5.</summary>
    public int PlannerHistoryLength { get; set; } = 5;

    /// <summary>How many of its own recent steps the executor sees. Default 3.</summary>
    public int ExecutorHistoryLength { get; set; } = 3;

    /// <summary>Ask the planner for JSON-schema structured output (the text format is always accepted too). Default false.</summary>
    public bool PlannerStructuredOutput { get; set; }

    /// <summary>Mark the planner's stable prompt prefix cacheable (<c>cache_control</c>, for Anthropic models on OpenRouter). Default false.</summary>
    public bool PromptCaching { get; set; }

    /// <summary>Planner sampling temperature. Default 0.</summary>
    public float PlannerTemperature { get; set; }

    /// <summary>Executor sampling temperature. Default 0.</summary>
    public float ExecutorTemperature { get; set; }

    /// <summary>Most tokens the planner may generate per turn. Default 2048.</summary>
    public int PlannerMaxOutputTokens { get; set; } = 2048;

    /// <summary>Most tokens the executor may generate per turn. Default 512.</summary>
    public int ExecutorMaxOutputTokens { get; set; } = 512;

    /// <summary>Take a screenshot after every step and keep it in the trajectory. Default false.</summary>
    public bool CaptureScreenshots { get; set; }

    /// <summary>Folder where each task's trajectory (JSON and HTML) is saved; empty means not saved.</summary>
    public string? TrajectoryDirectory { get; set; }

    /// <summary>Path of a file replacing the embedded planner system prompt.</summary>
    public string? PlannerPromptPath { get; set; }

    /// <summary>Path of a file replacing the embedded executor system prompt of the configured <see cref="ExecutorMode"/>.</summary>
    public string? ExecutorPromptPath { get; set; }

    /// <summary>Checks every value and throws naming the first invalid one.</summary>
    /// <exception cref="ArgumentException">A value is out of range or a prompt file does not exist.</exception>
    public void Validate()
    {
        Require(MaxSteps >= 1, nameof(MaxSteps), MaxSteps, "an integer >= 1");
        Require(MaxTaskCostUsd >= 0, nameof(MaxTaskCostUsd), MaxTaskCostUsd, "0 (no limit) or a positive amount");
        Require(MaxRunCostUsd >= 0, nameof(MaxRunCostUsd), MaxRunCostUsd, "0 (no limit) or a positive amount");
        Require(ReplanInterval >= 1, nameof(ReplanInterval), ReplanInterval, "an integer >= 1");
        Require(MaxIdenticalActions >= 2, nameof(MaxIdenticalActions), MaxIdenticalActions, "an integer >= 2");
        Require(MaxConsecutiveFailures >= 1, nameof(MaxConsecutiveFailures), MaxConsecutiveFailures, "an integer >= 1");
        Require(PlannerHistoryLength >= 0, nameof(PlannerHistoryLength), PlannerHistoryLength, "an integer >= 0");
        Require(ExecutorHistoryLength >= 0, nameof(ExecutorHistoryLength), ExecutorHistoryLength, "an integer >= 0");
        Require(PlannerObservationMaxTokens >= 0, nameof(PlannerObservationMaxTokens), PlannerObservationMaxTokens, "0 (no limit) or a positive integer");
        Require(ExecutorObservationMaxTokens >= 0, nameof(ExecutorObservationMaxTokens), ExecutorObservationMaxTokens, "0 (no limit) or a positive integer");
        Require(PlannerMaxOutputTokens >= 1, nameof(PlannerMaxOutputTokens), PlannerMaxOutputTokens, "an integer >= 1");
        Require(ExecutorMaxOutputTokens >= 1, nameof(ExecutorMaxOutputTokens), ExecutorMaxOutputTokens, "an integer >= 1");
        Require(PlannerTemperature is >= 0 and <= 2, nameof(PlannerTemperature), PlannerTemperature, "a number from 0 to 2");
        Require(ExecutorTemperature is >= 0 and <= 2, nameof(ExecutorTemperature), ExecutorTemperature, "a number from 0 to 2");
        Require(Enum.IsDefined(ExecutorMode), nameof(ExecutorMode), ExecutorMode, string.Join(", ", Enum.GetNames<ExecutorMode>()));
        Require(Enum.IsDefined(ReplanPolicy), nameof(ReplanPolicy), ReplanPolicy, string.Join(", ", Enum.GetNames<ReplanPolicy>()));
        RequireFile(PlannerPromptPath, nameof(PlannerPromptPath));
        RequireFile(ExecutorPromptPath, nameof(ExecutorPromptPath));
    }

    private static void Require(bool condition, string name, object value, string valid)
    {
        if (!condition)
        {
            throw new ArgumentException($"{SectionName}:{name} = '{value}' is invalid; expected {valid}.", name);
        }
    }

    private static void RequireFile(string? path, string name)
    {
        if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
        {
            throw new ArgumentException($"{SectionName}:{name} = '{path}' does not exist; give the path of a prompt file or leave it empty for the embedded prompt.", name);
        }
    }
}
