using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanAct.DemoSite.Accounts;
using PlanAct.DemoSite.Rendering;
using PlanAct.DemoSite.State;

namespace PlanAct.DemoSite.Endpoints;

/// <summary>Sign-in, sign-out and the account page.</summary>
internal static class AccountEndpoints
{
    /// <summary>Maps the account pages.</summary>
    public static void Map(WebApplication app, DemoSiteState state)
    {
        app.MapGet("/account/login", (HttpContext ctx, string? returnUrl, int? error) => LoginPage(ctx, state, returnUrl, error == 1));
        app.MapPost("/account/login", (HttpContext ctx, CancellationToken ct) => LoginAsync(ctx, state, ct));
        app.MapPost("/account/logout", (HttpContext ctx) =>
        {
            VisitorContext.SessionOf(ctx, state).SignedIn = false;
            return Results.Redirect("/");
        });
        app.MapGet("/account", (HttpContext ctx) => AccountPage(ctx, state));
    }

    private static IResult LoginPage(HttpContext ctx, DemoSiteState state, string? returnUrl, bool failed)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var target = VisitorContext.LocalOr(returnUrl, "/account");
        var content = "<h1>Sign in</h1>" +
                      (failed ? "<p class=\"error\" role=\"alert\">The email or password is incorrect.</p>" : "") +
                      (session.SignedIn ? "<p class=\"notice\">You are already signed in.</p>" : "") +
                      "<form method=\"post\" action=\"/account/login\">" + Html.Hidden("returnUrl", target) +
                      "<label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required>" +
                      "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>" +
                      "<p><button type=\"submit\">Sign in</button></p></form>";
        return VisitorContext.Page("Sign in", "Shop", content, session);
    }

    private static async Task<IResult> LoginAsync(HttpContext ctx, DemoSiteState state, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        var target = VisitorContext.LocalOr(form["returnUrl"], "/account");
        var ok = string.Equals(form["email"].ToString().Trim(), DemoAccount.Email, StringComparison.OrdinalIgnoreCase) &&
                 string.Equals(form["password"].ToString(), DemoAccount.Password, StringComparison.Ordinal);
        if (!ok)
        {
            return Results.Redirect("/account/login?error=1&returnUrl=" + Html.U(target));
        }

        session.SignedIn = true;
        return Results.Redirect(target);
    }

    private static IResult AccountPage(HttpContext ctx, DemoSiteState state)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst("/account");
        }

        var content = $"""
            <h1>My account</h1>
            <dl id="account-details"><dt>Name</dt><dd>{Html.E(DemoAccount.FullName)}</dd><dt>Email</dt><dd>{Html.E(DemoAccount.Email)}</dd>
            <dt>Forum user name</dt><dd>{Html.E(DemoAccount.UserName)}</dd></dl>
            <p><a href="/orders">My orders</a></p>
            """;
        return VisitorContext.Page("My account", "Shop", content, session);
    }
}
