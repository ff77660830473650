using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanAct.DemoSite.Accounts;
using PlanAct.DemoSite.Rendering;
using PlanAct.DemoSite.State;

namespace PlanAct.DemoSite.Endpoints;

/// <summary>Checkout and the order history (both need a signed-in visitor).</summary>
internal static class OrderEndpoints
{
    /// <summary>Maps checkout and order pages.</summary>
    public static void Map(WebApplication app, DemoSiteState state)
    {
        app.MapGet("/checkout", (HttpContext ctx) => CheckoutPage(ctx, state, null));
        app.MapPost("/checkout", (HttpContext ctx, CancellationToken ct) => PlaceOrderAsync(ctx, state, ct));
        app.MapGet("/orders", (HttpContext ctx) => History(ctx, state));
        app.MapGet("/orders/{number:int}", (HttpContext ctx, int number, int? placed) => OrderPage(ctx, state, number, placed == 1));
    }

    private static IResult CheckoutPage(HttpContext ctx, DemoSiteState state, string? error)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst("/checkout");
        }

        var sb = new StringBuilder("<h1>Checkout</h1>");
        lock (state.Gate)
        {
            if (session.Cart.Count == 0)
            {
                sb.Append("<p id=\"cart-empty\">Your cart is empty, so there is nothing to check out.</p><p><a href=\"/\">Continue shopping</a></p>");
                return VisitorContext.Page("Checkout", "Shop", sb.ToString(), session);
            }

            if (error is not null)
            {
                sb.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(error)).Append("</p>");
            }

            sb.Append("<h2>Order summary</h2><ul id=\"checkout-items\">");
            decimal subtotal = 0;
            foreach (var (productId, quantity) in session.Cart)
            {
                var p = state.Catalog.Find(productId)!;
                subtotal += p.Price * quantity;
                sb.Append("<li>").Append(Html.E(p.Name)).Append(" × ").Append(Html.N(quantity)).Append(" — ").Append(Html.Money(p.Price * quantity)).Append("</li>");
            }

            sb.Append("</ul><p>Subtotal: <strong>").Append(Html.Money(subtotal)).Append("</strong></p>");
        }

        sb.Append("<form method=\"post\" action=\"/checkout\"><h2>Shipping</h2>")
          .Append("<label for=\"fullName\">Full name</label><input id=\"fullName\" name=\"fullName\" required value=\"").Append(Html.E(DemoAccount.FullName)).Append("\">")
          .Append("<label for=\"street\">Street address</label><input id=\"street\" name=\"street\" required value=\"12 Orchard Lane\">")
          .Append("<label for=\"city\">City</label><input id=\"city\" name=\"city\" required value=\"Springfield\">")
          .Append("<label for=\"shipping\">Shipping method</label><select id=\"shipping\" name=\"shipping\">");
        foreach (var (name, cost) in ShippingMethods.All)
        {
            sb.Append("<option value=\"").Append(name).Append("\">").Append(name).Append(" (").Append(cost == 0 ? "free" : Html.Money(cost)).Append(")</option>");
        }

        sb.Append("</select><p><button type=\"submit\">Place order</button></p></form>");
        return VisitorContext.Page("Checkout", "Shop", sb.ToString(), session);
    }

    private static async Task<IResult> PlaceOrderAsync(HttpContext ctx, DemoSiteState state, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst("/checkout");
        }

        var fullName = form["fullName"].ToString().Trim();
        var street = form["street"].ToString().Trim();
        var city = form["city"].ToString().Trim();
        var method = form["shipping"].ToString();
        var cost = ShippingMethods.CostOf(method);
        if (fullName.Length == 0 || street.Length == 0 || city.Length == 0)
        {
            return CheckoutPage(ctx, state, "Full name, street address and city are all required.");
        }

        if (cost is null)
        {
            return CheckoutPage(ctx, state, $"Unknown shipping method \"{method}\"; choose Standard or Express.");
        }

        Order order;
        lock (state.Gate)
        {
            if (session.Cart.Count == 0)
            {
                return Results.Redirect("/checkout");
            }

            order = state.PlaceOrder(session, $"{fullName}, {street}, {city}", method, cost.Value);
        }

        return Results.Redirect($"/orders/{Html.N(order.Number)}?placed=1");
    }

    private static IResult History(HttpContext ctx, DemoSiteState state)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst("/orders");
        }

        var sb = new StringBuilder("<h1>My orders</h1><table id=\"order-history\"><thead><tr><th>Order</th><th>Date</th><th>Items</th><th>Total</th><th>Status</th></tr></thead><tbody>");
        lock (state.Gate)
        {
            foreach (var o in state.Orders.OrderByDescending(o => o.Number))
            {
                sb.Append("<tr><td class=\"order-number\"><a href=\"/orders/").Append(Html.N(o.Number)).Append("\">Order #").Append(Html.N(o.Number)).Append("</a></td>")
                  .Append("<td class=\"date\">").Append(Html.Date(o.PlacedAt)).Append("</td>")
                  .Append("<td class=\"items\">").Append(Html.E(string.Join("; ", o.Lines.Select(l => $"{l.ProductName} × {l.Quantity}")))).Append("</td>")
                  .Append("<td class=\"total\">").Append(Html.Money(o.Total)).Append("</td>")
                  .Append("<td class=\"status\">").Append(Html.E(o.Status)).Append("</td></tr>");
            }
        }

        sb.Append("</tbody></table>");
        return VisitorContext.Page("My orders", "Shop", sb.ToString(), session);
    }

    private static IResult OrderPage(HttpContext ctx, DemoSiteState state, int number, bool placed)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst($"/orders/{Html.N(number)}");
        }

        var sb = new StringBuilder();
        lock (state.Gate)
        {
            var order = state.Orders.FirstOrDefault(o => o.Number == number);
            if (order is null)
            {
                return VisitorContext.NotFound(session, $"Order #{number}");
            }

            if (placed)
            {
                sb.Append("<p class=\"notice\" role=\"status\" id=\"order-confirmation\">Thank you! Your order #").Append(Html.N(order.Number)).Append(" has been placed.</p>");
            }

            sb.Append("<h1>Order #").Append(Html.N(order.Number)).Append("</h1>")
              .Append("<p>Placed on ").Append(Html.DateTime(order.PlacedAt)).Append(" · Status: <span class=\"status\">").Append(Html.E(order.Status)).Append("</span></p>")
              .Append("<table id=\"order-lines\"><thead><tr><th>Product</th><th>Quantity</th><th>Unit price</th><th>Line total</th></tr></thead><tbody>");
            foreach (var l in order.Lines)
            {
                sb.Append("<tr><td class=\"name\"><a href=\"/product/").Append(Html.N(l.ProductId)).Append("\">").Append(Html.E(l.ProductName)).Append("</a></td>")
                  .Append("<td class=\"quantity\">").Append(Html.N(l.Quantity)).Append("</td><td>").Append(Html.Money(l.UnitPrice))
                  .Append("</td><td>").Append(Html.Money(l.Total)).Append("</td></tr>");
            }

            sb.Append("</tbody></table><p>Shipping (").Append(Html.E(order.ShippingMethod)).Append("): ").Append(Html.Money(order.ShippingCost)).Append("</p>")
              .Append("<p>Order total: <strong id=\"order-total\">").Append(Html.Money(order.Total)).Append("</strong></p>")
              .Append("<p>Ships to: ").Append(Html.E(order.ShipTo)).Append("</p><p><a href=\"/orders\">Back to my orders</a></p>");
        }

        return VisitorContext.Page($"Order #{number}", "Shop", sb.ToString(), session);
    }
}
