namespace PlanAct.Agents.Running;

/// <summary>When the planner model is called again after an executor step.</summary>
public enum ReplanPolicy
{
    /// <summary>After every executor step (dynamic replanning, the paper's setting). Default.</summary>
    EveryStep,

    /// <summary>Only after a failed action; otherwise the executor continues with the current plan.</summary>
    OnFailure,

    /// <summary>After a failed action and every <see cref="AgentOptions.ReplanInterval"/> steps.</summary>
    EveryNSteps,
}
