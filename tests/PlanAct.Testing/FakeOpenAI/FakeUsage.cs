namespace PlanAct.Testing.FakeOpenAI;

/// <summary>The <c>usage</c> object the fake model returns.</summary>
/// <param name="PromptTokens">prompt_tokens.</param>
/// <param name="CompletionTokens">completion_tokens.</param>
/// <param name="CachedTokens">prompt_tokens_details.cached_tokens (omitted when null).</param>
/// <param name="Cost">OpenRouter's usage.cost in USD (omitted when null).</param>
public sealed record FakeUsage(int PromptTokens = 10, int CompletionTokens = 5, int? CachedTokens = null, double? Cost = null)
{
    /// <summary>The default usage: 10 prompt tokens, 5 completion tokens, no cost.</summary>
    public static FakeUsage Default { get; } = new();
}
