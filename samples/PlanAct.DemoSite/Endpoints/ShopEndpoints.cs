using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanAct.DemoSite.Rendering;
using PlanAct.DemoSite.State;

namespace PlanAct.DemoSite.Endpoints;

/// <summary>The shop's browsing pages: home, category listings, search and product pages.</summary>
internal static class ShopEndpoints
{
    /// <summary>Maps the browsing pages.</summary>
    public static void Map(WebApplication app, DemoSiteState state)
    {
        app.MapGet("/", (HttpContext ctx) => Home(ctx, state));
        app.MapGet("/category/{slug}", (HttpContext ctx, string slug, string? sort, string? color) => CategoryPage(ctx, state, slug, sort, color));
        app.MapGet("/search", (HttpContext ctx, string? q, string? sort) => Search(ctx, state, q, sort));
        app.MapGet("/product/{id:int}", (HttpContext ctx, int id) => ProductPage(ctx, state, id));
    }

    private static IResult Home(HttpContext ctx, DemoSiteState state)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var catalog = state.Catalog;
        var sb = new StringBuilder("<h1>Welcome to the Demo Shop</h1><p>Everyday things for desks, kitchens, gardens and trips.</p>");
        sb.Append("<h2>Categories</h2><ul class=\"categories\">");
        foreach (var c in catalog.Categories)
        {
            var count = catalog.Products.Count(p => p.CategorySlug == c.Slug);
            sb.Append("<li><a href=\"/category/").Append(c.Slug).Append("\">").Append(Html.E(c.Name)).Append("</a> (")
              .Append(Html.N(count)).Append(" products)</li>");
        }

        sb.Append("</ul><h2>Popular right now</h2>")
          .Append(ProductViews.Cards(catalog.Products.OrderByDescending(p => p.ReviewCount).ThenBy(p => p.Id).Take(12)));
        return VisitorContext.Page("Home", "Shop", sb.ToString(), session);
    }

    private static IResult CategoryPage(HttpContext ctx, DemoSiteState state, string slug, string? sort, string? color)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var category = state.Catalog.FindCategory(slug);
        if (category is null)
        {
            return VisitorContext.NotFound(session, $"The category \"{slug}\"");
        }

        var inCategory = state.Catalog.Products.Where(p => p.CategorySlug == category.Slug).ToList();
        var colors = inCategory.Select(p => p.Color).Distinct().Order(StringComparer.Ordinal).ToList();
        var selectedColor = colors.FirstOrDefault(c => string.Equals(c, color, StringComparison.OrdinalIgnoreCase));
        var shown = ProductViews.Sort(inCategory.Where(p => selectedColor is null || p.Color == selectedColor), sort).ToList();

        var colorSelect = new StringBuilder("<label for=\"color\">Colour</label><select id=\"color\" name=\"color\"><option value=\"\">All colours</option>");
        foreach (var c in colors)
        {
            colorSelect.Append("<option value=\"").Append(Html.E(c)).Append('"').Append(c == selectedColor ? " selected" : "")
                       .Append('>').Append(Html.E(c)).Append("</option>");
        }

        colorSelect.Append("</select>");
        var content = $"<nav aria-label=\"Breadcrumb\"><a href=\"/\">Shop</a> › {Html.E(category.Name)}</nav>" +
                      $"<h1>{Html.E(category.Name)}</h1><p>{Html.E(category.Blurb)}</p>" +
                      ProductViews.SortForm($"/category/{category.Slug}", sort, colorSelect.ToString()) +
                      $"<p id=\"result-count\">{Html.N(shown.Count)} products</p>" +
                      ProductViews.Cards(shown);
        return VisitorContext.Page(category.Name, "Shop", content, session);
    }

    private static IResult Search(HttpContext ctx, DemoSiteState state, string? q, string? sort)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var query = (q ?? "").Trim();
        if (query.Length == 0)
        {
            return VisitorContext.Page("Search", "Shop", "<h1>Search</h1><p>Type what you are looking for in the search box above.</p>", session);
        }

        var results = ProductViews.Sort(state.Catalog.Search(query), sort).ToList();
        var content = $"<h1>Search results for \"{Html.E(query)}\"</h1>" +
                      ProductViews.SortForm("/search", sort, "", ("q", query)) +
                      $"<p id=\"result-count\">{Html.N(results.Count)} results</p>" +
                      (results.Count == 0 ? "<p>No products match your search.</p>" : ProductViews.Cards(results));
        return VisitorContext.Page($"Search: {query}", "Shop", content, session, query);
    }

    private static IResult ProductPage(HttpContext ctx, DemoSiteState state, int id)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var product = state.Catalog.Find(id);
        if (product is null)
        {
            return VisitorContext.NotFound(session, $"Product {id}");
        }

        var category = state.Catalog.FindCategory(product.CategorySlug)!;
        var content = $"""
            <nav aria-label="Breadcrumb"><a href="/">Shop</a> › <a href="/category/{category.Slug}">{Html.E(category.Name)}</a> › {Html.E(product.Name)}</nav>
            <article class="product" id="product-{Html.N(product.Id)}">
            <h1 class="product-name">{Html.E(product.Name)}</h1>
            <p class="price" id="product-price">{Html.Money(product.Price)}</p>
            <dl><dt>Colour</dt><dd class="color">{Html.E(product.Color)}</dd><dt>SKU</dt><dd class="sku">{Html.E(product.Sku)}</dd>
            <dt>Rating</dt><dd class="rating">{Html.N(product.Rating)} of 5 ({Html.N(product.ReviewCount)} reviews)</dd></dl>
            <p class="description">{Html.E(product.Description)}</p>
            <form method="post" action="/cart/add">
            {Html.Hidden("productId", Html.N(product.Id))}
            <label for="quantity">Quantity</label><input id="quantity" name="quantity" type="number" min="1" max="99" value="1">
            <button type="submit">Add to cart</button>
            </form>
            </article>
            """;
        return VisitorContext.Page(product.Name, "Shop", content, session);
    }
}
