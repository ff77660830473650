using PlanAct.WebArena.Tasks;

namespace PlanAct.Console.Validation;

/// <summary>The outcome of validating task configs: the tasks that loaded, every error, and the sites given stand-in URLs.</summary>
/// <param name="Source">File or folder validated.</param>
/// <param name="Tasks">Tasks that loaded (empty when any error was found, as the loader is all-or-nothing).</param>
/// <param name="Errors">Every problem, with file, task id and field.</param>
/// <param name="StandInSites">Sites without a configured URL that were validated against a stand-in URL.</param>
internal sealed record TaskValidationReport(
    string Source,
    IReadOnlyList<WebArenaTask> Tasks,
    IReadOnlyList<TaskConfigError> Errors,
    IReadOnlyList<string> StandInSites)
{
    /// <summary>True when no error was found.</summary>
    public bool IsValid => Errors.Count == 0;
}
