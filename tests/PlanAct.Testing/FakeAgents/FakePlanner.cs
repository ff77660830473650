namespace PlanAct.Testing.FakeAgents;

/// <summary>
/// A fake planner model: a list of rules, each reading the current page (and URL) from the prompt and deciding
/// the next instruction or the final answer. The first rule that returns a reply wins.
/// </summary>
public sealed class FakePlanner
{
    private readonly List<Func<string, string, string, string?>> _rules = [];

    /// <summary>
    /// For tasks whose prompt contains <paramref name="intent"/>: when the page (and URL) satisfy
    /// <paramref name="when"/>, answer <paramref name="answer"/>(page).
    /// </summary>
    public FakePlanner StopWhen(string intent, Func<string, string, bool> when, Func<string, string> answer)
    {
        _rules.Add((prompt, page, url) => prompt.Contains(intent, StringComparison.Ordinal) && when(page, url) ? Stop(answer(page)) : null);
        return this;
    }

    /// <summary>For tasks whose prompt contains <paramref name="intent"/>: when the page shows a link named <paramref name="linkName"/>, tell the executor to click it.</summary>
    public FakePlanner ClickLinkIfShown(string intent, string linkName)
    {
        _rules.Add((prompt, page, _) => prompt.Contains(intent, StringComparison.Ordinal) && PageText.Has(page, linkName, "link") ? Instruct($"Click the link '{linkName}'") : null);
        return this;
    }

    /// <summary>The reply text for a planner prompt (falls back to scrolling down).</summary>
    public string Reply(string prompt)
    {
        var page = PageText.CurrentPage(prompt);
        var url = PageText.Url(prompt);
        foreach (var rule in _rules)
        {
            if (rule(prompt, page, url) is { } reply)
            {
                return reply;
            }
        }

        return Instruct("Scroll down to see more of the page");
    }

    /// <summary>A planner reply in the text format, giving one instruction.</summary>
    public static string Instruct(string instruction) =>
        $"Looking at the page.\n##Global Plan: 1. Find the target 2. Answer\n\\MEMORY: \n\\INSTRUCTION: {instruction}";

    /// <summary>A planner reply in the text format, ending the task.</summary>
    public static string Stop(string answer) => $"The task is done.\n\\stop({answer})";
}
