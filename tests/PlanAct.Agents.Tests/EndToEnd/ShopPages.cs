using System.Net;
using Microsoft.AspNetCore.Http;
using PlanAct.Testing;

namespace PlanAct.Agents.Tests.EndToEnd;

/// <summary>The fake shop as real pages on a <see cref="LocalSite"/>.</summary>
public static class ShopPages
{
    public static LocalSite AddShop(this LocalSite site)
    {
        site.Add("/", Page("Fake Shop", """
            <h1>Fake Shop</h1>
            <nav><a href="/products">Products</a> <a href="/">Refresh</a></nav>
            <form action="/search" method="get"><input name="q" aria-label="Search"> <button type="submit">Go</button></form>
            """));
        site.Add("/products", Page("Products", """<h1>Products</h1><ul><li><a href="/mug">Blue mug</a></li><li><a href="/pot">Red pot</a></li></ul>"""));
        site.Add("/mug", Page("Blue mug", """<h1>Blue mug</h1><p>Blue mug price: $12</p><a href="/">Home</a>"""));
        site.Add("/pot", Page("Red pot", """<h1>Red pot</h1><p>Red pot price: $30</p>"""));
        site.Map("/search", async context =>
        {
            var q = WebUtility.HtmlEncode(context.Request.Query["q"].ToString());
            context.Response.ContentType = "text/html; charset=utf-8";
            var results = q.Contains("mug", StringComparison.OrdinalIgnoreCase) ? """<li><a href="/mug">Blue mug</a></li>""" : "<li>No results</li>";
            await context.Response.WriteAsync(Page("Search", $"<h1>Results for {q}</h1><ul>{results}</ul>"));
        });
        return site;
    }

    private static string Page(string title, string body)
        => $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>";
}
