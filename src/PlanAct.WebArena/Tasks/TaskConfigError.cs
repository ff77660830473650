namespace PlanAct.WebArena.Tasks;

/// <summary>One problem found in a task config.</summary>
/// <param name="Source">The file (or source name) of the config.</param>
/// <param name="TaskId">The task id, when it could be read.</param>
/// <param name="Field">The JSON path of the field, e.g. <c>eval.reference_answers.must_include[0]</c>.</param>
/// <param name="Message">What is wrong and what would be valid.</param>
public sealed record TaskConfigError(string Source, int? TaskId, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: task {(TaskId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")}: {Field}: {Message}";
}
