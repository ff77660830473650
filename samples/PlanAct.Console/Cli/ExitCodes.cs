namespace PlanAct.Console.Cli;

/// <summary>The process exit codes of <c>planact</c> (also listed in <c>--help</c> and docs/console.md).</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (for run/demo: every selected task finished and was scored).</summary>
    public const int Success = 0;

    /// <summary>The command line could not be parsed (unknown option, missing argument).</summary>
    public const int UsageError = 1;

    /// <summary>Configuration is missing or invalid (e.g. no API key for the planner endpoint).</summary>
    public const int ConfigurationError = 2;

    /// <summary>An input file is missing or invalid (task configs, results file).</summary>
    public const int InvalidInput = 3;

    /// <summary><c>planact check</c>: at least one endpoint check failed.</summary>
    public const int EndpointCheckFailed = 4;

    /// <summary>No usable Chromium was found, or installing one failed.</summary>
    public const int BrowserUnavailable = 5;

    /// <summary>run/demo finished, but some tasks ended with an error, a timeout or over budget.</summary>
    public const int TasksErrored = 6;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>One line per code, for help texts.</summary>
    public static string Describe() =>
        "Exit codes: 0 success; 1 bad command line; 2 configuration missing/invalid; 3 invalid input file; " +
        "4 endpoint check failed; 5 no browser; 6 some tasks errored; 130 cancelled.";
}
