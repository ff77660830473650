using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using PlanAct.Testing;
using PlanAct.WebArena.Sites;

namespace PlanAct.WebArena.Tests.Login;

/// <summary>
/// A fake of one WebArena site's sign-in on its own <see cref="LocalSite"/>, reproducing the real form's markup (ids, names,
/// labels, button text), its form post, the redirect on success with a session cookie of the real name, and the way the
/// real site reports a rejected password. Facts from the Magento 2, Postmill and GitLab templates and WebArena's auto_login.py.
/// </summary>
internal sealed class FakeLoginSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> _sessions = new(StringComparer.Ordinal);
    private int _posts;

    private FakeLoginSite(LocalSite site, string key, string basePath, string homePath, string cookie, string loggedInMarker, string user, string password)
    {
        Site = site;
        Key = key;
        Url = site.BaseUrl + basePath;
        HomeUrl = site.Url(homePath);
        Cookie = cookie;
        LoggedInMarker = loggedInMarker;
        User = user;
        Password = password;
    }

    public LocalSite Site { get; }

    public string Key { get; }

    /// <summary>The site URL as WebArena configures it (the admin one ends in <c>/admin</c>).</summary>
    public string Url { get; }

    /// <summary>A page only a signed-in user sees (others are sent to the login page).</summary>
    public string HomeUrl { get; }

    /// <summary>The session cookie's name.</summary>
    public string Cookie { get; }

    /// <summary>Text the home page shows when signed in.</summary>
    public string LoggedInMarker { get; }

    public string User { get; }

    public string Password { get; }

    public int Posts => Volatile.Read(ref _posts);

    public static async Task<FakeLoginSite> StartAsync(string key)
    {
        var site = await LocalSite.StartAsync();
        return key switch
        {
            KnownSites.Shopping => Storefront(site),
            KnownSites.ShoppingAdmin => MagentoAdmin(site),
            KnownSites.Reddit => Postmill(site),
            KnownSites.GitLab => GitLab(site),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "no fake for this site"),
        };
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();

    /// <summary>
    /// Magento 2 storefront: form#login-form posts login[username]/login[password] to /customer/account/loginPost/; success
    /// redirects to /customer/account/ with PHPSESSID; failure redirects back to the login page, where the error is drawn by
    /// script from the mage-messages cookie (as Magento's customer-data messages are).
    /// </summary>
    private static FakeLoginSite Storefront(LocalSite site)
    {
        var fake = new FakeLoginSite(site, KnownSites.Shopping, "", "/customer/account/", "PHPSESSID", "Welcome, Emma Lopez!", "emma.lopez@gmail.com", "Password.123");
        const string form = """
            <header class="page-header"><ul class="header links"><li class="authorization-link"><a href="/customer/account/login/">Sign In</a></li></ul></header>
            <div class="page messages"><div data-placeholder="messages"></div></div>
            <div class="block block-customer-login"><div class="block-content">
            <form class="form form-login" action="/customer/account/loginPost/" method="post" id="login-form">
              <input name="form_key" type="hidden" value="k3y">
              <fieldset class="fieldset login">
                <div class="field email required"><label class="label" for="email"><span>Email</span></label>
                  <div class="control"><input name="login[username]" id="email" type="email" class="input-text" title="Email"></div></div>
                <div class="field password required"><label for="pass" class="label"><span>Password</span></label>
                  <div class="control"><input name="login[password]" type="password" class="input-text" id="pass" title="Password"></div></div>
                <div class="actions-toolbar"><div class="primary"><button type="submit" class="action login primary" name="send" id="send2"><span>Sign In</span></button></div></div>
              </fieldset>
            </form></div></div>
            <footer><form class="form subscribe"><label class="label" for="newsletter"><span>Sign Up for Our Newsletter:</span></label><input name="email" type="email" id="newsletter" placeholder="Enter your email address"><button class="action subscribe primary" type="submit"><span>Subscribe</span></button></form></footer>
            <script>
              window.addEventListener('load', () => setTimeout(() => {
                if (!document.cookie.includes('mage-messages=error')) return;
                document.cookie = 'mage-messages=; Max-Age=0; path=/';
                document.querySelector('[data-placeholder="messages"]').innerHTML =
                  '<div class="message-error error message" data-ui-id="message-error"><div>The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.</div></div>';
              }, 50));
            </script>
            """;
        site.Map("/customer/account/login/", ctx => HtmlAsync(ctx, "Customer Login", form));
        site.Map("/customer/account/loginPost/", async ctx =>
        {
            var ok = await fake.CheckAsync(ctx, "login[username]", "login[password]");
            if (!ok)
            {
                ctx.Response.Cookies.Append("mage-messages", "error", new CookieOptions { Path = "/" });
            }

            ctx.Response.Redirect(ok ? "/customer/account/" : "/customer/account/login/");
        });
        // A re-themed copy with other ids and names: only the labels and the button text still match.
        site.Map("/variant/customer/account/login/", ctx => HtmlAsync(ctx, "Customer Login", """
            <form class="sign-in" action="/variant/customer/account/loginPost/" method="post">
              <p><label for="f1">Email</label> <input id="f1" name="username" type="email"></p>
              <p><label for="f2">Password:</label> <input id="f2" name="password" type="password"></p>
              <p><button type="submit" class="primary">Sign In</button></p>
            </form>
            """));
        site.Map("/variant/customer/account/loginPost/", async ctx => ctx.Response.Redirect(await fake.CheckAsync(ctx, "username", "password") ? "/customer/account/" : "/variant/customer/account/login/"));
        site.Map("/customer/account/", ctx => fake.HomeAsync(ctx, "/customer/account/login/", "<span class='logged-in'>Welcome, Emma Lopez!</span><h1>My Account</h1>"));
        return fake;
    }

    /// <summary>
    /// Magento 2 admin: the login form is served at /admin itself (form action="" posts back there) with #username
    /// (placeholder "user name") and #login (placeholder "password"); success sets the "admin" cookie (path /admin) and redirects
    /// to the dashboard; failure renders the form again with a .message-error.
    /// </summary>
    private static FakeLoginSite MagentoAdmin(LocalSite site)
    {
        var fake = new FakeLoginSite(site, KnownSites.ShoppingAdmin, "/admin", "/admin/admin/dashboard/", "admin", "Dashboard", "admin", "admin1234");
        static string Form(string messages) => $$"""
            <section class="page-wrapper"><div class="login-content">
            <form method="post" action="" id="login-form" autocomplete="off">
              <fieldset class="admin__fieldset">
                <legend class="admin__legend"><span>Welcome, please sign in</span></legend><br/>
                <div id="messages">{{messages}}</div>
                <input name="form_key" type="hidden" value="f0rm">
                <div class="admin__field _required field-username"><label for="username" class="admin__field-label"><span>Username</span></label>
                  <div class="admin__field-control"><input id="username" class="admin__control-text" type="text" name="login[username]" autofocus value="" placeholder="user name" autocomplete="off"></div></div>
                <div class="admin__field _required field-password"><label for="login" class="admin__field-label"><span>Password</span></label>
                  <div class="admin__field-control"><input id="login" class="admin__control-text" type="password" name="login[password]" value="" placeholder="password" autocomplete="new-password"></div></div>
                <div class="form-actions"><div class="actions"><button class="action-login action-primary"><span>Sign in</span></button></div>
                  <div class="links"><a class="action-forgotpassword" href="/admin/admin/auth/forgotpassword/">Forgot your password?</a></div></div>
              </fieldset>
            </form></div></section>
            """;
        site.Map("/admin", async ctx =>
        {
            if (!HttpMethods.IsPost(ctx.Request.Method))
            {
                await HtmlAsync(ctx, "Magento Admin", Form(""));
                return;
            }

            if (await fake.CheckAsync(ctx, "login[username]", "login[password]", cookiePath: "/admin"))
            {
                ctx.Response.Redirect("/admin/admin/dashboard/");
                return;
            }

            await HtmlAsync(ctx, "Magento Admin", Form("<div class=\"messages\"><div class=\"message message-error error\"><div data-ui-id=\"messages-message-error\">The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.</div></div></div>"));
        });
        site.Map("/admin/admin/dashboard/", ctx => fake.HomeAsync(ctx, "/admin", "<h1 class='page-title'>Dashboard</h1>"));
        return fake;
    }

    /// <summary>
    /// Postmill: /login has form.form--login posting _username/_password/_csrf_token to /login_check; success redirects to the
    /// front page with PHPSESSID; failure redirects to /login, which lists the error in ul.form-error-list.
    /// </summary>
    private static FakeLoginSite Postmill(LocalSite site)
    {
        var fake = new FakeLoginSite(site, KnownSites.Reddit, "", "/", "PHPSESSID", "MarvelsGrantMan136", "MarvelsGrantMan136", "test1234");
        site.Map("/login", ctx =>
        {
            var failed = ctx.Request.Cookies.ContainsKey("login_error");
            ctx.Response.Cookies.Delete("login_error");
            var errors = failed ? "<ul class=\"form-error-list no-margin\"><li>Invalid credentials.</li></ul>" : "";
            return HtmlAsync(ctx, "Log in", $$"""
                <nav class="site-nav"><ul><li><a href="/login" class="site-nav__link">Log in</a></li><li><a href="/registration" class="site-nav__link">Sign up</a></li></ul></nav>
                <h1 class="page-heading">Log in</h1>
                <form action="/login_check" method="POST" class="form form--login">
                  <input type="hidden" name="_csrf_token" value="csrf">
                  {{errors}}
                  <div class="form-row form-row--single-line form__row"><label class="form-row__align text-align-right form__label" for="login-username">Username</label>
                    <input class="form-control" autofocus type="text" name="_username" autocomplete="off" id="login-username" required></div>
                  <div class="form-row form-row--single-line form__row"><label class="form-row__align text-align-right form__label" for="login-password">Password</label>
                    <input class="form-control" type="password" name="_password" autocomplete="off" id="login-password" required></div>
                  <div class="form-row form-row--single-line form__row form__button-row"><span class="form-row__align" role="presentation"></span>
                    <button type="submit" class="button">Log in</button> <a href="/reset_password" class="button button--secondary">Reset password</a></div>
                </form>
                """);
        });
        site.Map("/login_check", async ctx =>
        {
            var ok = await fake.CheckAsync(ctx, "_username", "_password");
            if (!ok)
            {
                ctx.Response.Cookies.Append("login_error", "1");
            }

            ctx.Response.Redirect(ok ? "/" : "/login");
        });
        site.Map("/", ctx => fake.HomeAsync(ctx, "/login", "<nav class='site-nav'><span class='site-nav__username'>MarvelsGrantMan136</span><form action='/logout'><button>Log out</button></form></nav><h1>Postmill</h1>"));
        return fake;
    }

    /// <summary>
    /// GitLab CE: /users/sign_in has form#new_user posting user[login]/user[password] (test ids username-field, password-field,
    /// sign-in-button) back to /users/sign_in; success sets _gitlab_session and redirects to /; failure redirects to the
    /// sign-in page with the flash alert "Invalid login or password.".
    /// </summary>
    private static FakeLoginSite GitLab(LocalSite site)
    {
        var fake = new FakeLoginSite(site, KnownSites.GitLab, "", "/", "_gitlab_session", "Byte Blaze", "byteblaze", "hello1234");
        site.Map("/users/sign_in", async ctx =>
        {
            if (HttpMethods.IsPost(ctx.Request.Method))
            {
                var ok = await fake.CheckAsync(ctx, "user[login]", "user[password]");
                if (!ok)
                {
                    ctx.Response.Cookies.Append("flash_alert", "1");
                }

                ctx.Response.Redirect(ok ? "/" : "/users/sign_in");
                return;
            }

            var failed = ctx.Request.Cookies.ContainsKey("flash_alert");
            ctx.Response.Cookies.Delete("flash_alert");
            var flash = failed ? "<div class=\"flash-container flash-container-page\"><div class=\"flash-alert\"><div class=\"container-fluid\"><span>Invalid login or password.</span></div></div></div>" : "";
            await HtmlAsync(ctx, "Sign in · GitLab", $$"""
                {{flash}}
                <div class="login-page"><ul class="nav-links new-session-tabs"><li class="nav-item"><a class="nav-link active" href="#login-pane">Standard</a></li></ul>
                <form class="new_user gl-show-field-errors js-arkose-labs-form" aria-live="assertive" data-testid="sign-in-form" id="new_user" action="/users/sign_in" accept-charset="UTF-8" method="post">
                  <input type="hidden" name="authenticity_token" value="t0ken" autocomplete="off">
                  <div class="form-group"><label for="user_login">Username or primary email</label>
                    <input class="form-control gl-form-input js-username-field" autocomplete="username" autofocus="autofocus" required="required" data-testid="username-field" type="text" name="user[login]" id="user_login"></div>
                  <div class="form-group"><label for="user_password">Password</label>
                    <input class="form-control gl-form-input js-password" data-testid="password-field" required="required" type="password" name="user[password]" id="user_password">
                    <div class="form-text gl-text-right"><a href="/users/password/new">Forgot your password?</a></div></div>
                  <div class="gl-mb-3"><input name="user[remember_me]" type="hidden" value="0"><input type="checkbox" value="1" name="user[remember_me]" id="user_remember_me"><label for="user_remember_me">Remember me</label></div>
                  <button class="gl-button btn btn-block btn-md btn-confirm js-sign-in-button" data-testid="sign-in-button" type="submit"><span class="gl-button-text">Sign in</span></button>
                </form></div>
                """);
        });
        site.Map("/", ctx => fake.HomeAsync(ctx, "/users/sign_in", "<header class='navbar'><a class='header-user-dropdown-toggle' href='/byteblaze'>Byte Blaze</a></header><h1>Projects</h1>"));
        return fake;
    }

    /// <summary>Counts the post; when the form's credentials are this site's, starts a session (the cookie) and returns true.</summary>
    private async Task<bool> CheckAsync(HttpContext ctx, string userField, string passwordField, string cookiePath = "/")
    {
        Interlocked.Increment(ref _posts);
        var form = await ctx.Request.ReadFormAsync();
        if (form[userField] != User || form[passwordField] != Password)
        {
            return false;
        }

        var token = Guid.NewGuid().ToString("N");
        _sessions[token] = true;
        ctx.Response.Cookies.Append(Cookie, token, new CookieOptions { Path = cookiePath, HttpOnly = true });
        return true;
    }

    /// <summary>Serves <paramref name="body"/> to a signed-in user; anyone else is sent to the login page.</summary>
    private Task HomeAsync(HttpContext ctx, string loginPath, string body)
    {
        if (ctx.Request.Cookies.TryGetValue(Cookie, out var token) && _sessions.ContainsKey(token))
        {
            return HtmlAsync(ctx, "Home", body);
        }

        ctx.Response.Redirect(loginPath);
        return Task.CompletedTask;
    }

    private static Task HtmlAsync(HttpContext ctx, string title, string body)
    {
        ctx.Response.ContentType = "text/html; charset=utf-8";
        return ctx.Response.WriteAsync($"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>");
    }
}
