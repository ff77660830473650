using Microsoft.Playwright;
using PlanAct.WebArena.Sites;

namespace PlanAct.WebArena.Login;

/// <summary>
/// A login form: open <see cref="LoginPath"/>, fill the user and password fields, press the submit button, then wait for the
/// outcome. Signed in means the browser left the login page and the page no longer shows the password field; an error
/// message matching <see cref="ErrorMessage"/> (or still being on the login page when the wait ends) is a
/// <see cref="LoginFailedException"/> naming the site and user, never the password. The WebArena sites are in <see cref="Standard"/>.
/// </summary>
/// <param name="Site">The site key.</param>
/// <param name="LoginPath">Path of the login page relative to the site URL (empty for the site root).</param>
/// <param name="User">The user-name field.</param>
/// <param name="Password">The password field.</param>
/// <param name="Submit">The submit button.</param>
/// <param name="ErrorMessage">CSS selector of the message the site shows when it rejects the account.</param>
public sealed record FormLoginFlow(string Site, string LoginPath, LoginField User, LoginField Password, LoginButton Submit, string ErrorMessage) : ISiteLoginFlow
{
    /// <summary>
    /// The flows of the WebArena sites that need an account, matching the real forms: Magento 2 storefront
    /// (<c>/customer/account/login/</c>, <c>#email</c>/<c>#pass</c>, <c>#send2</c> "Sign In"), Magento admin (site root,
    /// <c>#username</c>/<c>#login</c>, <c>button.action-login</c> "Sign in"), Postmill (<c>/login</c>,
    /// <c>#login-username</c>/<c>#login-password</c>, "Log in") and GitLab (<c>/users/sign_in</c>, test ids
    /// <c>username-field</c>/<c>password-field</c>/<c>sign-in-button</c>).
    /// </summary>
    public static IReadOnlyList<FormLoginFlow> Standard { get; } =
    [
        new(
            KnownSites.Shopping,
            "/customer/account/login/",
            new LoginField("form#login-form input#email, input[name='login[username]']", "Email"),
            new LoginField("form#login-form input#pass, input[name='login[password]']", "Password"),
            new LoginButton("form#login-form button#send2", "Sign In"),
            ".message-error"),
        new(
            KnownSites.ShoppingAdmin,
            "",
            new LoginField("form#login-form input#username, input[name='login[username]'], input[placeholder='user name']", "Username"),
            new LoginField("form#login-form input#login, input[name='login[password]'], input[placeholder='password']", "Password"),
            new LoginButton("form#login-form button.action-login", "Sign in"),
            ".message-error"),
        new(
            KnownSites.Reddit,
            "/login",
            new LoginField("input#login-username, input[name='_username']", "Username"),
            new LoginField("input#login-password, input[name='_password']", "Password"),
            new LoginButton("form.form--login button[type='submit']", "Log in"),
            ".form-error-list"),
        new(
            KnownSites.GitLab,
            "/users/sign_in",
            new LoginField("[data-testid='username-field'], input#user_login", "Username or primary email"),
            new LoginField("[data-testid='password-field'], input#user_password", "Password"),
            new LoginButton("[data-testid='sign-in-button']", "Sign in"),
            ".flash-alert, .gl-alert-danger"),
    ];

    /// <inheritdoc />
    public async Task LoginAsync(IPage page, string siteUrl, SiteAccount account, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(siteUrl);
        ArgumentNullException.ThrowIfNull(account);
        var loginUrl = siteUrl.TrimEnd('/') + LoginPath;
        var ms = (float)timeout.TotalMilliseconds;
        string? failure;
        try
        {
            await page.GotoAsync(loginUrl, new PageGotoOptions { Timeout = ms });
            var landedPath = new Uri(page.Url).AbsolutePath;
            var loginPath = LoginPath.Length == 0 ? "" : new Uri(loginUrl).AbsolutePath; // the site root has everything under it
            await User.Locate(page).FillAsync(account.Username, new LocatorFillOptions { Timeout = ms });
            await Password.Locate(page).FillAsync(account.Password, new LocatorFillOptions { Timeout = ms });
            failure = await SubmitAsync(page, url => LoginPage.Contains(url, landedPath, loginPath), timeout);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw Failed(loginUrl, account, ex.Message.Split('\n')[0], ex);
        }

        if (failure is not null)
        {
            throw Failed(loginUrl, account, failure, null);
        }
    }

    /// <summary>Presses submit and waits for the outcome; returns why signing in failed, or <see langword="null"/> when signed in.</summary>
    private async Task<string?> SubmitAsync(IPage page, Func<string, bool> isLoginPage, TimeSpan timeout)
    {
        var ms = (float)timeout.TotalMilliseconds;
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await Submit.Locate(page).ClickAsync(new LocatorClickOptions { Timeout = ms });
            try
            {
                await navigated.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                return $"pressing the submit button did not load a page within {timeout.TotalSeconds:0.#} s";
            }
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        // Only now (a new document) does an error message belong to this attempt.
        var error = page.Locator(ErrorMessage).First;
        var left = page.WaitForURLAsync(url => !isLoginPage(url), new PageWaitForURLOptions { Timeout = ms });
        var rejected = error.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = ms });
        var first = await Task.WhenAny(left, rejected);
        Observe(left);
        Observe(rejected);
        if (first == left && left.IsCompletedSuccessfully && !await Password.Locate(page).IsVisibleAsync() && !await error.IsVisibleAsync())
        {
            return null;
        }

        try
        {
            await rejected;
            var text = (await error.InnerTextAsync(new LocatorInnerTextOptions { Timeout = ms })).Trim();
            return $"the site says \"{FirstLine(text)}\"";
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return $"still on the login page ({new Uri(page.Url).AbsolutePath}) after {timeout.TotalSeconds:0.#} s and no error message shown";
        }
    }

    private LoginFailedException Failed(string loginUrl, SiteAccount account, string reason, Exception? inner)
    {
        var message = $"Signing in to {Site} at {loginUrl} as '{account.Username}' failed: {reason}";
        if (account.Password.Length > 0)
        {
            message = message.Replace(account.Password, "***", StringComparison.Ordinal);
        }

        return inner is null ? new LoginFailedException(message) : new LoginFailedException(message, inner);
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    /// <summary>Marks a wait we no longer need as observed so its later timeout or page-closed failure is not unobserved.</summary>
    private static void Observe(Task task) => task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
