using System.Text;
using PlanAct.DemoSite.Catalog;
using PlanAct.DemoSite.Rendering;

namespace PlanAct.DemoSite.Endpoints;

/// <summary>HTML fragments for products: cards, listings with sort controls, and sorting rules.</summary>
internal static class ProductViews
{
    /// <summary>Sort keys accepted by listings, with their labels.</summary>
    public static IReadOnlyList<(string Key, string Label)> SortOptions { get; } =
    [
        ("featured", "Featured"), ("price_asc", "Price: low to high"), ("price_desc", "Price: high to low"),
        ("name", "Name"), ("rating", "Rating"),
    ];

    /// <summary>Sorts <paramref name="products"/> by <paramref name="sort"/> (unknown keys keep the catalogue order).</summary>
    public static IEnumerable<Product> Sort(IEnumerable<Product> products, string? sort) => sort switch
    {
        "price_asc" => products.OrderBy(p => p.Price).ThenBy(p => p.Id),
        "price_desc" => products.OrderByDescending(p => p.Price).ThenBy(p => p.Id),
        "name" => products.OrderBy(p => p.Name, StringComparer.Ordinal),
        "rating" => products.OrderByDescending(p => p.Rating).ThenBy(p => p.Id),
        _ => products,
    };

    /// <summary>A list of product cards.</summary>
    public static string Cards(IEnumerable<Product> products)
    {
        var sb = new StringBuilder("<ul class=\"cards\" aria-label=\"Products\">");
        foreach (var p in products)
        {
            sb.Append("<li class=\"product-card\"><a class=\"product-name\" href=\"/product/").Append(Html.N(p.Id)).Append("\">")
              .Append(Html.E(p.Name)).Append("</a><p class=\"price\">").Append(Html.Money(p.Price)).Append("</p>")
              .Append("<p>Colour: ").Append(Html.E(p.Color)).Append(" · Rating ").Append(Html.N(p.Rating)).Append(" of 5 (")
              .Append(Html.N(p.ReviewCount)).Append(" reviews)</p></li>");
        }

        return sb.Append("</ul>").ToString();
    }

    /// <summary>A "Sort by" select with an Apply button, inside a GET form that keeps <paramref name="hidden"/> fields.</summary>
    public static string SortForm(string action, string? currentSort, string extraControls, params (string Name, string Value)[] hidden)
    {
        var sb = new StringBuilder($"<form method=\"get\" action=\"{Html.E(action)}\" aria-label=\"Sort and filter\">");
        foreach (var (name, value) in hidden)
        {
            sb.Append(Html.Hidden(name, value));
        }

        sb.Append(extraControls).Append("<label for=\"sort\">Sort by</label><select id=\"sort\" name=\"sort\">");
        foreach (var (key, label) in SortOptions)
        {
            sb.Append("<option value=\"").Append(key).Append('"').Append(key == (currentSort ?? "featured") ? " selected" : "")
              .Append('>').Append(Html.E(label)).Append("</option>");
        }

        return sb.Append("</select> <button type=\"submit\">Apply</button></form>").ToString();
    }
}
