namespace PlanAct.DemoSite.Accounts;

/// <summary>The demo site's single customer account (shop and forum share it).</summary>
public static class DemoAccount
{
    /// <summary>E-mail address used to sign in.</summary>
    public const string Email = "emma.lopez@example.com";

    /// <summary>Password used to sign in.</summary>
    public const string Password = "demo-pass-123";

    /// <summary>Full name, pre-filled at checkout.</summary>
    public const string FullName = "Emma Lopez";

    /// <summary>User name shown on forum posts and comments.</summary>
    public const string UserName = "emma_lopez";
}
