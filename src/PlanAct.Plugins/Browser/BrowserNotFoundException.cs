namespace PlanAct.Plugins.Browser;

/// <summary>Thrown when no Chromium/Chrome executable can be found. The message lists every place searched and how to install one.</summary>
public sealed class BrowserNotFoundException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public BrowserNotFoundException()
        : base("No Chromium or Chrome executable was found.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What was searched and how to fix it.</param>
    public BrowserNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">What was searched and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public BrowserNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Every candidate that was checked, in order (paths, or names looked up on PATH).</summary>
    public IReadOnlyList<string> Searched { get; init; } = [];
}
