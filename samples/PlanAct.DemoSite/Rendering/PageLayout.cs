using System.Text;

namespace PlanAct.DemoSite.Rendering;

/// <summary>Wraps page content in the site's shared layout: header, navigation, search box and footer.</summary>
internal static class PageLayout
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
        header{background:#20456b;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
        header a{color:#fff}header nav a{margin-right:1rem}
        main{max-width:60rem;margin:1rem auto;padding:0 1rem}
        .cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
        .cards li,.post-row,.comment{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8rem}
        .posts{list-style:none;padding:0}.post-row{margin-bottom:.6rem;display:flex;gap:1rem}
        .score{font-weight:bold;min-width:3rem;text-align:center}
        table{border-collapse:collapse;background:#fff}td,th{border:1px solid #ddd;padding:.4rem .6rem;text-align:left}
        .notice{background:#e7f4e4;border:1px solid #9c9;padding:.6rem;border-radius:4px}
        .error{background:#fbe9e9;border:1px solid #d99;padding:.6rem;border-radius:4px}
        label{display:block;margin-top:.6rem}footer{color:#666;text-align:center;padding:2rem}
        """;

    /// <summary>Renders a complete page.</summary>
    /// <param name="title">Page title (also the document title).</param>
    /// <param name="section">"Shop" or "Forum": names the site in the title and header.</param>
    /// <param name="content">Inner HTML of <c>main</c>.</param>
    /// <param name="chrome">Signed-in state, cart count and current search text.</param>
    public static string Render(string title, string section, string content, LayoutChrome chrome)
    {
        var siteName = section == "Forum" ? "Demo Forum" : "Demo Shop";
        var sb = new StringBuilder(content.Length + 2048);
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>").Append(Html.E(title)).Append(" · ").Append(siteName).Append("</title>")
          .Append("<style>").Append(Style).Append("</style></head><body>")
          .Append("<header><strong>").Append(siteName).Append("</strong>")
          .Append("<nav aria-label=\"Main\"><a href=\"/\">Shop</a><a href=\"/forum\">Forum</a>")
          .Append("<a href=\"/cart\">Cart (<span id=\"cart-count\">").Append(Html.N(chrome.CartCount)).Append("</span>)</a>")
          .Append("<a href=\"/orders\">My orders</a>");
        if (chrome.SignedIn)
        {
            sb.Append("<a href=\"/account\">My account</a></nav>")
              .Append("<form method=\"post\" action=\"/account/logout\"><button type=\"submit\">Sign out</button></form>");
        }
        else
        {
            sb.Append("<a href=\"/account/login\">Sign in</a></nav>");
        }

        sb.Append("<form role=\"search\" method=\"get\" action=\"/search\">")
          .Append("<label for=\"site-search\" style=\"display:inline;margin:0\">Search products </label>")
          .Append("<input id=\"site-search\" type=\"search\" name=\"q\" value=\"").Append(Html.E(chrome.SearchText)).Append("\">")
          .Append("<button type=\"submit\">Search</button></form></header>")
          .Append("<main>").Append(content).Append("</main>")
          .Append("<footer>PlanAct demo site · all data is made up</footer></body></html>");
        return sb.ToString();
    }
}
