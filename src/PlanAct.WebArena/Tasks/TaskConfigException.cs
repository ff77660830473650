namespace PlanAct.WebArena.Tasks;

/// <summary>Thrown when task configs are malformed; lists every problem found (file, task id, field).</summary>
public sealed class TaskConfigException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">The problems (at least one).</param>
    public TaskConfigException(IReadOnlyList<TaskConfigError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message.</summary>
    public TaskConfigException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TaskConfigException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TaskConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<TaskConfigError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<TaskConfigError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        const int shown = 20;
        var lines = errors.Take(shown).Select(e => "  " + e);
        var more = errors.Count > shown ? $"{Environment.NewLine}  … and {errors.Count - shown} more" : "";
        return $"{errors.Count} problem(s) in task configs:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
