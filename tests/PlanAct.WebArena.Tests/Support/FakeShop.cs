using Microsoft.AspNetCore.Http;
using PlanAct.Testing;

namespace PlanAct.WebArena.Tests.Support;

/// <summary>A tiny shop on LocalSite with a Magento-like login form; pages other than the login need the session cookie.</summary>
internal static class FakeShop
{
    public const string Cookie = "shop_session";

    public static int LoginPosts;

    public static void Install(LocalSite site)
    {
        site.Add("/customer/account/login/", """
            <html><body><form method="post" action="/customer/account/loginPost">
              <label for="email">Email</label><input id="email" name="login[username]">
              <label for="pass">Password</label><input id="pass" name="login[password]" type="password">
              <button id="send2" type="submit">Sign In</button>
            </form></body></html>
            """);
        site.Map("/customer/account/loginPost", async ctx =>
        {
            Interlocked.Increment(ref LoginPosts);
            var form = await ctx.Request.ReadFormAsync();
            if (form["login[username]"] == "emma.lopez@gmail.com" && form["login[password]"] == "Password.123")
            {
                ctx.Response.Cookies.Append(Cookie, "emma");
                ctx.Response.Redirect("/customer/account/");
            }
            else
            {
                ctx.Response.Redirect("/customer/account/login/");
            }
        });
        Page(site, "/customer/account/", "<h1>My Account</h1><p>Welcome, Emma Lopez</p>");
        Page(site, "/", "<h1>One Stop Market</h1><a href='/mugs'>Mugs</a>");
        Page(site, "/mugs", "<h1>Mugs</h1><ul><li><a href='/mugs/blue'>Blue mug</a> $12.50</li><li><a href='/mugs/red'>Red mug</a> $9.99</li></ul>");
        Page(site, "/mugs/blue", "<h1 class='page-title'>Blue mug</h1><p class='price'>$12.50</p><button onclick=\"fetch('/cart/add?sku=blue',{method:'POST'}).then(()=>document.getElementById('msg').textContent='Added Blue mug to cart')\">Add to Cart</button><p id='msg'></p>");
        Page(site, "/mugs/red", "<h1 class='page-title'>Red mug</h1><p class='price'>$9.99</p><button onclick=\"fetch('/cart/add?sku=red',{method:'POST'}).then(()=>document.getElementById('msg').textContent='Added Red mug to cart')\">Add to Cart</button><p id='msg'></p>");
        var cart = new List<string>();
        site.Map("/cart/add", ctx =>
        {
            lock (cart)
            {
                cart.Add(ctx.Request.Query["sku"].ToString());
            }

            return Task.CompletedTask;
        });
        site.Map("/checkout/cart", async ctx =>
        {
            if (!await RequireLoginAsync(ctx))
            {
                return;
            }

            string items;
            lock (cart)
            {
                items = string.Join("", cart.Select(c => $"<tr class='item'><td>{c} mug</td></tr>"));
            }

            ctx.Response.ContentType = "text/html";
            await ctx.Response.WriteAsync($"<html><body><table id='cart'>{items}</table></body></html>");
        });
    }

    private static void Page(LocalSite site, string path, string body) => site.Map(path, async ctx =>
    {
        if (!await RequireLoginAsync(ctx))
        {
            return;
        }

        ctx.Response.ContentType = "text/html";
        await ctx.Response.WriteAsync($"<html><head><title>{path}</title></head><body>{body}</body></html>");
    });

    private static async Task<bool> RequireLoginAsync(HttpContext ctx)
    {
        if (ctx.Request.Cookies.ContainsKey(Cookie))
        {
            return true;
        }

        ctx.Response.ContentType = "text/html";
        await ctx.Response.WriteAsync("<html><body><p>Please sign in.</p></body></html>");
        return false;
    }
}
