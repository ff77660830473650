namespace PlanAct.Agents.Configuration;

/// <summary>How a model endpoint is called.</summary>
public enum ModelApiMode
{
    /// <summary><c>POST /chat/completions</c> with a list of messages (the default).</summary>
    Chat,

    /// <summary><c>POST /completions</c> with a raw prompt rendered from the messages by a ChatML (Qwen) template.</summary>
    Completion,
}
