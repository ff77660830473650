namespace PlanAct.WebArena.Login;

/// <summary>A user name and password for one site. Bound from configuration; the password never reaches logs or results.</summary>
public sealed class SiteAccount
{
    /// <summary>The user name (an e-mail address for the shopping site).</summary>
    public string Username { get; set; } = "";

    /// <summary>The password.</summary>
    public string Password { get; set; } = "";

    /// <summary>Creates an account.</summary>
    /// <param name="username">User name.</param>
    /// <param name="password">Password.</param>
    /// <returns>The account.</returns>
    public static SiteAccount Of(string username, string password) => new() { Username = username, Password = password };

    /// <inheritdoc />
    public override string ToString() => $"{Username} (password hidden)";
}
