namespace PlanAct.Agents.Configuration;

/// <summary>PlanAct's configuration is invalid; <see cref="Exception.Message"/> lists every problem with the setting and how to set it.</summary>
public sealed class PlanActConfigurationException : Exception
{
    /// <summary>Creates the exception from a list of problems.</summary>
    public PlanActConfigurationException(IReadOnlyList<string> problems)
        : base("Invalid PlanAct configuration:" + Environment.NewLine + string.Join(Environment.NewLine, (problems ?? []).Select(p => " - " + p)))
        => Problems = problems ?? [];

    /// <summary>Creates the exception.</summary>
    public PlanActConfigurationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with one problem.</summary>
    public PlanActConfigurationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one problem and a cause.</summary>
    public PlanActConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Each problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
