using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanAct.DemoSite.Rendering;
using PlanAct.DemoSite.State;

namespace PlanAct.DemoSite.Endpoints;

/// <summary>The cart: add, update, remove and the cart page.</summary>
internal static class CartEndpoints
{
    /// <summary>Maps the cart pages and actions.</summary>
    public static void Map(WebApplication app, DemoSiteState state)
    {
        app.MapGet("/cart", (HttpContext ctx, int? added) => CartPage(ctx, state, added));
        app.MapPost("/cart/add", (HttpContext ctx, CancellationToken ct) => AddAsync(ctx, state, ct));
        app.MapPost("/cart/update", (HttpContext ctx, CancellationToken ct) => UpdateAsync(ctx, state, ct));
        app.MapPost("/cart/remove", (HttpContext ctx, CancellationToken ct) => RemoveAsync(ctx, state, ct));
    }

    /// <summary>Parses a form quantity; null unless it is a whole number from <paramref name="min"/> to 99.</summary>
    public static int? ParseQuantity(string? text, int min) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) && q >= min && q <= 99 ? q : null;

    private static async Task<IResult> AddAsync(HttpContext ctx, DemoSiteState state, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        var product = int.TryParse(form["productId"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? state.Catalog.Find(id) : null;
        if (product is null)
        {
            return VisitorContext.NotFound(session, $"Product \"{form["productId"]}\"");
        }

        var quantity = ParseQuantity(form["quantity"], 1);
        if (quantity is null)
        {
            return VisitorContext.Page("Invalid quantity", "Shop",
                $"<h1>Invalid quantity</h1><p class=\"error\">The quantity must be a whole number from 1 to 99.</p><p><a href=\"/product/{Html.N(product.Id)}\">Back to {Html.E(product.Name)}</a></p>",
                session, status: 400);
        }

        lock (state.Gate)
        {
            var index = session.Cart.FindIndex(l => l.ProductId == product.Id);
            if (index >= 0)
            {
                session.Cart[index] = (product.Id, Math.Min(99, session.Cart[index].Quantity + quantity.Value));
            }
            else
            {
                session.Cart.Add((product.Id, quantity.Value));
            }
        }

        return Results.Redirect($"/cart?added={Html.N(product.Id)}");
    }

    private static async Task<IResult> UpdateAsync(HttpContext ctx, DemoSiteState state, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        var quantity = ParseQuantity(form["quantity"], 0);
        if (quantity is not null && int.TryParse(form["productId"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            lock (state.Gate)
            {
                var index = session.Cart.FindIndex(l => l.ProductId == id);
                if (index >= 0 && quantity == 0)
                {
                    session.Cart.RemoveAt(index);
                }
                else if (index >= 0)
                {
                    session.Cart[index] = (id, quantity.Value);
                }
            }
        }

        return Results.Redirect("/cart");
    }

    private static async Task<IResult> RemoveAsync(HttpContext ctx, DemoSiteState state, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        if (int.TryParse(form["productId"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            lock (state.Gate)
            {
                session.Cart.RemoveAll(l => l.ProductId == id);
            }
        }

        return Results.Redirect("/cart");
    }

    private static IResult CartPage(HttpContext ctx, DemoSiteState state, int? added)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var sb = new StringBuilder("<h1>Your cart</h1>");
        lock (state.Gate)
        {
            var addedProduct = added is null ? null : state.Catalog.Find(added.Value);
            if (addedProduct is not null)
            {
                sb.Append("<p class=\"notice\" role=\"status\">Added ").Append(Html.E(addedProduct.Name)).Append(" to your cart.</p>");
            }

            if (session.Cart.Count == 0)
            {
                sb.Append("<p id=\"cart-empty\">Your cart is empty.</p><p><a href=\"/\">Continue shopping</a></p>");
                return VisitorContext.Page("Cart", "Shop", sb.ToString(), session);
            }

            sb.Append("<table id=\"cart-items\"><thead><tr><th>Product</th><th>Unit price</th><th>Quantity</th><th>Line total</th><th></th></tr></thead><tbody>");
            decimal total = 0;
            foreach (var (productId, quantity) in session.Cart)
            {
                var p = state.Catalog.Find(productId)!;
                total += p.Price * quantity;
                sb.Append("<tr><td class=\"name\"><a href=\"/product/").Append(Html.N(p.Id)).Append("\">").Append(Html.E(p.Name)).Append("</a></td>")
                  .Append("<td>").Append(Html.Money(p.Price)).Append("</td>")
                  .Append("<td><form method=\"post\" action=\"/cart/update\">").Append(Html.Hidden("productId", Html.N(p.Id)))
                  .Append("<label for=\"qty-").Append(Html.N(p.Id)).Append("\" style=\"display:inline;margin:0\">Quantity of ").Append(Html.E(p.Name)).Append(" </label>")
                  .Append("<input class=\"quantity\" id=\"qty-").Append(Html.N(p.Id)).Append("\" name=\"quantity\" type=\"number\" min=\"0\" max=\"99\" value=\"").Append(Html.N(quantity)).Append("\">")
                  .Append("<button type=\"submit\">Update</button></form></td>")
                  .Append("<td class=\"line-total\">").Append(Html.Money(p.Price * quantity)).Append("</td>")
                  .Append("<td><form method=\"post\" action=\"/cart/remove\">").Append(Html.Hidden("productId", Html.N(p.Id)))
                  .Append("<button type=\"submit\" aria-label=\"Remove ").Append(Html.E(p.Name)).Append("\">Remove</button></form></td></tr>");
            }

            sb.Append("</tbody></table><p>Subtotal: <strong id=\"cart-total\">").Append(Html.Money(total)).Append("</strong></p>")
              .Append("<p><a href=\"/checkout\">Proceed to checkout</a></p>");
        }

        return VisitorContext.Page("Cart", "Shop", sb.ToString(), session);
    }
}
