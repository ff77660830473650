namespace PlanAct.Agents.Tests.Support;

/// <summary>Writes planner replies in the PA-CLAUDE text format, for fake planner models.</summary>
public static class PlannerText
{
    public static string Instruct(string instruction, string plan = "1. Do the task", string memory = "")
        => $"The page is loaded.\n##Global Plan: {plan}\n\\MEMORY: {memory}\n\\INSTRUCTION: {instruction}";

    public static string Stop(string answer) => $"The answer is on the page.\n\\stop({answer})";

    /// <summary>The current page part of a planner prompt.</summary>
    public static string Page(string prompt) => ObservationReader.CurrentPage(prompt);

    /// <summary>Whether the planner prompt reports that the executor's last step failed.</summary>
    public static bool LastStepFailed(string prompt)
    {
        var start = prompt.IndexOf("# Executor's recent steps", StringComparison.Ordinal);
        var end = prompt.IndexOf("# Current page", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return false;
        }

        var lines = prompt[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var outcome = lines.LastOrDefault(l => l.TrimStart().StartsWith("outcome:", StringComparison.Ordinal));
        return outcome?.Contains("FAILED", StringComparison.Ordinal) == true;
    }
}
