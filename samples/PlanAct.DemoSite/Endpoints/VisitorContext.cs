using System.Text;
using Microsoft.AspNetCore.Http;
using PlanAct.DemoSite.Rendering;
using PlanAct.DemoSite.State;

namespace PlanAct.DemoSite.Endpoints;

/// <summary>Per-request helpers shared by the endpoints: the visitor's session cookie, page results and redirects.</summary>
internal static class VisitorContext
{
    /// <summary>Name of the session cookie.</summary>
    public const string CookieName = "demo_sid";

    /// <summary>The visitor's session; sets a new session cookie on first visit.</summary>
    public static VisitorSession SessionOf(HttpContext context, DemoSiteState state)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var id) || string.IsNullOrEmpty(id) || id.Length > 64)
        {
            id = Guid.NewGuid().ToString("N");
            context.Response.Cookies.Append(CookieName, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
        }

        return state.Session(id);
    }

    /// <summary>A complete HTML page result.</summary>
    public static IResult Page(string title, string section, string content, VisitorSession session, string searchText = "", int status = 200) =>
        Results.Content(
            PageLayout.Render(title, section, content, new LayoutChrome(session.SignedIn, session.CartCount, searchText)),
            "text/html; charset=utf-8",
            Encoding.UTF8,
            status);

    /// <summary>The "not found" page.</summary>
    public static IResult NotFound(VisitorSession session, string what) =>
        Page("Not found", "Shop", $"<h1>Not found</h1><p class=\"error\">{Html.E(what)} does not exist.</p><p><a href=\"/\">Back to the shop</a></p>", session, status: 404);

    /// <summary>A redirect to the sign-in page that returns to <paramref name="returnUrl"/> afterwards.</summary>
    public static IResult SignInFirst(string returnUrl) => Results.Redirect("/account/login?returnUrl=" + Html.U(returnUrl));

    /// <summary><paramref name="url"/> when it is a path on this site, else <paramref name="fallback"/>.</summary>
    public static string LocalOr(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;

    /// <summary>The path and query of the current request (for "return here" links).</summary>
    public static string Here(HttpContext context) => context.Request.Path + context.Request.QueryString;
}
