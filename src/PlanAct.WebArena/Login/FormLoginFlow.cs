using Microsoft.Playwright;
using PlanAct.WebArena.Sites;

namespace PlanAct.WebArena.Login;

/// <summary>
/// A login form: open <see cref="LoginPath"/>, fill the user and password fields, press the submit button, and wait
/// until the browser leaves the login page. The standard WebArena sites are in <see cref="Standard"/>.
/// </summary>
/// <param name="Site">The site key.</param>
/// <param name="LoginPath">Path of the login page relative to the site URL (empty for the site root).</param>
/// <param name="UserField">Selector of the user-name field.</param>
/// <param name="PasswordField">Selector of the password field.</param>
/// <param name="SubmitButton">Selector of the submit button.</param>
public sealed record FormLoginFlow(string Site, string LoginPath, string UserField, string PasswordField, string SubmitButton) : ISiteLoginFlow
{
    /// <summary>The flows of the WebArena sites that need an account (shopping, shopping_admin, reddit, gitlab).</summary>
    public static IReadOnlyList<FormLoginFlow> Standard { get; } =
    [
        new(KnownSites.Shopping, "/customer/account/login/", "#email", "#pass", "button#send2, button:has-text('Sign In')"),
        new(KnownSites.ShoppingAdmin, "", "#username, input[placeholder='user name']", "#login, input[placeholder='password']", "button.action-login, button:has-text('Sign in')"),
        new(KnownSites.Reddit, "/login", "#login-username, input[name='_username']", "#login-password, input[name='_password']", "button:has-text('Log in')"),
        new(KnownSites.GitLab, "/users/sign_in", "[data-testid='username-field'], #user_login", "[data-testid='password-field'], #user_password", "[data-testid='sign-in-button'], button[type='submit']"),
    ];

    /// <inheritdoc />
    public async Task LoginAsync(IPage page, string siteUrl, SiteAccount account, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(siteUrl);
        ArgumentNullException.ThrowIfNull(account);
        var loginUrl = siteUrl.TrimEnd('/') + LoginPath;
        var ms = (float)timeout.TotalMilliseconds;
        try
        {
            await page.GotoAsync(loginUrl, new PageGotoOptions { Timeout = ms });
            var loginPage = new Uri(page.Url).AbsolutePath;
            await page.Locator(UserField).First.FillAsync(account.Username, new LocatorFillOptions { Timeout = ms });
            await page.Locator(PasswordField).First.FillAsync(account.Password, new LocatorFillOptions { Timeout = ms });
            await page.Locator(SubmitButton).First.ClickAsync(new LocatorClickOptions { Timeout = ms });
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != loginPage, new PageWaitForURLOptions { Timeout = ms });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new LoginFailedException($"Signing in to {Site} at {loginUrl} as '{account.Username}' failed: {ex.Message.Split('\n')[0]}", ex);
        }
    }
}
