using Microsoft.Extensions.AI;

namespace PlanAct.WebArena.Tests.Support;

/// <summary>
/// A fake judge model that reads the prompt it is sent: for equivalence prompts it answers "correct" when every word of
/// the reference appears in the student answer; for unachievable prompts "same" when the reported reason shares a
/// keyword with the actual one.
/// </summary>
internal sealed class KeywordJudgeClient : IChatClient
{
    public List<string> Prompts { get; } = [];

    public ChatOptions? LastOptions { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = messages.Last().Text;
        Prompts.Add(prompt);
        LastOptions = options;
        var reply = prompt.Contains("reported unachievable reason:", StringComparison.Ordinal)
            ? Unachievable(prompt)
            : Equivalence(prompt);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
    }

    private static string Field(string prompt, string name)
    {
        var line = prompt.Split('\n').First(l => l.StartsWith(name, StringComparison.Ordinal));
        return line[name.Length..].Trim().ToLowerInvariant();
    }

    private static string Equivalence(string prompt)
    {
        var reference = Field(prompt, "reference answer:");
        var answer = Field(prompt, "student answer:");
        var words = reference.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => answer.Contains(w, StringComparison.Ordinal)) ? "correct" : "incorrect";
    }

    private static string Unachievable(string prompt)
    {
        var actual = Field(prompt, "actual unachievable reason:").Split([' ', '.', ':'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4);
        var reported = Field(prompt, "reported unachievable reason:");
        return actual.Any(w => reported.Contains(w, StringComparison.Ordinal)) ? "same" : "different";
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        => throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
