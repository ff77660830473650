using System.Globalization;
using System.Text;

namespace PlanAct.Benchmarks.Pages;

/// <summary>
/// A shop catalogue page like WebArena's OneStopShop category listing: header navigation and search, a filter sidebar
/// (categories, brands, price, rating, colours), a sort bar, a 120-product grid and a link-heavy footer. Over 3,000 DOM nodes.
/// </summary>
internal static class CatalogPage
{
    public const string Path = "/catalog";

    public static string Build()
    {
        var t = new PageText(1);
        var sb = new StringBuilder(400_000);
        sb.Append("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Electronics - One Stop Market</title>
            <style>
            body{font-family:sans-serif;margin:0} header{display:flex;gap:8px;padding:8px;background:#eee;flex-wrap:wrap}
            .layout{display:flex} aside{width:260px;padding:8px;font-size:13px} main{flex:1;padding:8px}
            .grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px} .card{border:1px solid #ddd;padding:6px;font-size:12px}
            .card img{width:100%;height:120px;background:#ccc;display:block} .stars span{color:#f90}
            footer{display:grid;grid-template-columns:repeat(6,1fr);gap:4px;padding:12px;background:#333;color:#ccc;font-size:12px}
            footer a{color:#ccc} .hidden{display:none}
            </style></head><body>
            <header><a href="/" class="logo">One Stop Market</a><nav aria-label="Main">
            """);
        foreach (var section in new[] { "Beauty", "Sports", "Clothing", "Home", "Electronics", "Office", "Grocery", "Health", "Toys", "Garden", "Automotive", "Books" })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/c/{section.ToLowerInvariant()}\">{section}</a> ");
        }

        sb.Append("""
            </nav><form role="search" action="/search"><label for="q">Search entire store here...</label>
            <input id="q" name="q" type="search" placeholder="Search entire store here..."><button type="submit">Search</button></form>
            <a href="/account">My Account</a><a href="/wishlist">My Wish List</a><a href="/cart">My Cart <span class="count">3</span></a>
            <a href="/login">Sign In</a><a href="/register">Create an Account</a></header>
            <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/c/electronics">Electronics</a></li><li>All products</li></ol></nav>
            <div class="layout"><aside><h2>Shop By</h2>
            """);
        AppendCheckboxGroup(sb, "Category", 24, i => $"{t.Title(2)} ({t.Next(3, 400)})");
        AppendCheckboxGroup(sb, "Brand", 40, i => $"Brand {(char)('A' + (i % 26))}{i} ({t.Next(1, 90)})");
        sb.Append("""
            <fieldset><legend>Price</legend><label>Min <input type="number" name="price_min" value="0"></label>
            <label>Max <input type="number" name="price_max" value="2000"></label><button type="button">Apply price</button></fieldset>
            <fieldset><legend>Rating</legend>
            """);
        for (var r = 5; r >= 1; r--)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<label><input type=\"radio\" name=\"rating\" value=\"{r}\"> {r} stars &amp; up</label><br>");
        }

        sb.Append("</fieldset><fieldset><legend>Colour</legend>");
        foreach (var colour in new[] { "Black", "White", "Silver", "Red", "Blue", "Green", "Gold", "Pink", "Grey", "Purple", "Orange", "Yellow" })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<button type=\"button\" class=\"swatch\" aria-label=\"{colour}\" title=\"{colour}\"><span style=\"display:inline-block;width:12px;height:12px\"></span></button>");
        }

        sb.Append("""
            </fieldset><h3>Compare Products</h3><p>You have no items to compare.</p><h3>Recently viewed</h3><ul>
            """);
        for (var i = 0; i < 8; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/p/recent-{i}\">{PageText.Encode(t.Title(3))}</a></li>");
        }

        sb.Append("""
            </ul></aside><main><h1>Electronics</h1><div class="toolbar"><p>Items 1-120 of 2,431</p>
            <label for="sorter">Sort By</label><select id="sorter" name="sort"><option>Position</option><option>Product Name</option>
            <option selected>Price: low to high</option><option>Price: high to low</option><option>Rating</option><option>Newest</option></select>
            <label for="limiter">Show</label><select id="limiter"><option>12</option><option>24</option><option>36</option><option selected>120</option></select>
            <a href="?mode=list" title="List">List</a><a href="?mode=grid" title="Grid" aria-current="page">Grid</a></div>
            <ol class="grid">
            """);
        for (var i = 0; i < 120; i++)
        {
            var name = PageText.Encode($"{t.Title(3)} {t.Title(2)} {i + 1}");
            var price = (t.Next(500, 200000) / 100.0).ToString("0.00", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"""
                <li class="card"><a href="/p/{i}" tabindex="-1"><img src="data:," alt="{name}"></a>
                <h3><a href="/p/{i}">{name}</a></h3>
                <div class="stars" aria-label="Rating: {t.Next(1, 6)} out of 5"><span>★</span><span>★</span><span>★</span><span>★</span><span>☆</span></div>
                <a href="/p/{i}#reviews">{t.Next(1, 300)} Reviews</a>
                <div class="price-box"><span class="label">As low as</span> <span class="price">${price}</span></div>
                <p class="desc">{PageText.Encode(t.Sentence(8, 14))}</p>
                <div class="actions"><form action="/cart/add" method="post"><input type="hidden" name="product" value="{i}">
                <button type="submit" title="Add to Cart">Add to Cart</button></form>
                <a href="/wishlist/add/{i}" title="Add to Wish List">Add to Wish List</a>
                <a href="/compare/add/{i}" title="Add to Compare">Add to Compare</a></div></li>
                """);
        }

        sb.Append("</ol><nav aria-label=\"Pages\"><ul class=\"pages\">");
        for (var p = 1; p <= 10; p++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"?p={p}\">Page {p}</a></li>");
        }

        sb.Append("<li><a href=\"?p=2\" title=\"Next\">Next</a></li></ul></nav></main></div><footer>");
        for (var c = 0; c < 6; c++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<div><h4>{t.Title(2)}</h4><ul>");
            for (var l = 0; l < 12; l++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/info/{c}-{l}\">{PageText.Encode(t.Title(2))}</a></li>");
            }

            sb.Append("</ul></div>");
        }

        sb.Append("""
            <form action="/newsletter"><label for="nl">Newsletter</label><input id="nl" type="email" placeholder="Enter your email address">
            <button type="submit">Subscribe</button></form><p>Copyright © 2013-present One Stop Market. All rights reserved.</p></footer>
            <div class="hidden" id="quickview"><h2>Quick view</h2><button>Close</button></div></body></html>
            """);
        return sb.ToString();
    }

    private static void AppendCheckboxGroup(StringBuilder sb, string legend, int count, Func<int, string> label)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<fieldset><legend>{legend}</legend><ul>");
        for (var i = 0; i < count; i++)
        {
            var id = $"{legend.ToLowerInvariant()}-{i}";
            sb.Append(CultureInfo.InvariantCulture, $"<li><input type=\"checkbox\" id=\"{id}\" name=\"{legend.ToLowerInvariant()}\" value=\"{i}\"><label for=\"{id}\">{PageText.Encode(label(i))}</label></li>");
        }

        sb.Append("</ul></fieldset>");
    }
}
