using Microsoft.Playwright;

namespace PlanAct.WebArena.Login;

/// <summary>Signs in to one site through its login form.</summary>
public interface ISiteLoginFlow
{
    /// <summary>The site key this flow signs in to.</summary>
    string Site { get; }

    /// <summary>Signs in on <paramref name="page"/>; throws <see cref="LoginFailedException"/> when the site does not accept the account.</summary>
    /// <param name="page">A page in the context whose storage state will be saved.</param>
    /// <param name="siteUrl">The site's base URL.</param>
    /// <param name="account">The account.</param>
    /// <param name="timeout">Bound on each wait.</param>
    /// <returns>A task that completes when signed in.</returns>
    Task LoginAsync(IPage page, string siteUrl, SiteAccount account, TimeSpan timeout);
}
