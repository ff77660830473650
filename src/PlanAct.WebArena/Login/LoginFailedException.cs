namespace PlanAct.WebArena.Login;

/// <summary>Signing in to a site failed. The message names the site, URL and user, never the password.</summary>
public sealed class LoginFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LoginFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LoginFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LoginFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
