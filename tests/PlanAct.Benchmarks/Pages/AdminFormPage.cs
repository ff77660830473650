using System.Globalization;
using System.Text;

namespace PlanAct.Benchmarks.Pages;

/// <summary>
/// A form-heavy admin page like WebArena's Magento admin product editor: a long side menu, a sticky action bar,
/// collapsible sections with ~90 labelled fields (text, number, date, selects with many options, checkboxes, radios, textareas),
/// a hidden tab panel and a 30-row grid with row checkboxes and edit links.
/// </summary>
internal static class AdminFormPage
{
    public const string Path = "/admin";

    public static string Build()
    {
        var t = new PageText(3);
        var sb = new StringBuilder(400_000);
        sb.Append("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edit Product / Catalog / Magento Admin</title>
            <style>body{font-family:sans-serif;margin:0;font-size:13px;display:flex} nav.menu{width:180px;background:#373330;color:#fff}
            nav.menu a{color:#ddd;display:block;padding:2px 8px} main{flex:1;padding:10px} .field{display:flex;gap:8px;margin:4px 0}
            .field label{width:220px;text-align:right} .actions{position:sticky;top:0;background:#fff;padding:6px;border-bottom:1px solid #ccc}
            table{border-collapse:collapse} td,th{border:1px solid #ddd;padding:2px 6px} .hidden{display:none}</style></head><body>
            <nav class="menu" aria-label="Admin menu"><a href="/admin/dashboard">Dashboard</a>
            """);
        foreach (var group in new[] { "Sales", "Catalog", "Customers", "Marketing", "Content", "Reports", "Stores", "System" })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<strong>{group}</strong>");
            for (var i = 0; i < 7; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/admin/{group.ToLowerInvariant()}/{i}\">{PageText.Encode(t.Title(2))}</a>");
            }
        }

        sb.Append("""
            </nav><main><div class="actions"><h1>Sprite Stasis Ball 65 cm</h1><a href="/admin/catalog/products">← Back</a>
            <button type="button">Add Attribute</button><button type="button">Save Draft</button>
            <select aria-label="Save options"><option>Save &amp; New</option><option>Save &amp; Duplicate</option><option>Save &amp; Close</option></select>
            <button type="submit" form="product">Save</button></div><form id="product" action="/admin/save" method="post">
            """);
        var countries = Enumerable.Range(0, 200).Select(i => $"Country {i:000}").ToArray();
        var field = 0;
        foreach (var section in new[] { "General", "Content", "Configurations", "Images And Videos", "Search Engine Optimization", "Related Products", "Customizable Options", "Product in Websites", "Design", "Gift Options", "Advanced Pricing", "Advanced Inventory" })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<details open><summary>{section}</summary><fieldset><legend>{section}</legend>");
            for (var i = 0; i < 8; i++, field++)
            {
                var id = $"f{field}";
                var label = PageText.Encode(t.Title(2));
                sb.Append(CultureInfo.InvariantCulture, $"<div class=\"field\"><label for=\"{id}\">{label}</label>");
                switch (field % 7)
                {
                    case 0:
                        sb.Append(CultureInfo.InvariantCulture, $"<input id=\"{id}\" type=\"text\" value=\"{PageText.Encode(t.Title(2))}\">");
                        break;
                    case 1:
                        sb.Append(CultureInfo.InvariantCulture, $"<input id=\"{id}\" type=\"number\" value=\"{t.Next(0, 999)}\">");
                        break;
                    case 2:
                        sb.Append(CultureInfo.InvariantCulture, $"<select id=\"{id}\">");
                        foreach (var c in field % 3 == 0 ? countries : countries.Take(12))
                        {
                            sb.Append(CultureInfo.InvariantCulture, $"<option>{c}</option>");
                        }

                        sb.Append("</select>");
                        break;
                    case 3:
                        sb.Append(CultureInfo.InvariantCulture, $"<input id=\"{id}\" type=\"checkbox\" checked> <span>Use default value</span>");
                        break;
                    case 4:
                        sb.Append(CultureInfo.InvariantCulture, $"<textarea id=\"{id}\" rows=\"2\">{PageText.Encode(t.Sentence())}</textarea>");
                        break;
                    case 5:
                        sb.Append(CultureInfo.InvariantCulture, $"<input id=\"{id}\" type=\"date\" value=\"2026-01-{1 + (field % 27):00}\">");
                        break;
                    default:
                        sb.Append(CultureInfo.InvariantCulture, $"<span role=\"radiogroup\" aria-labelledby=\"{id}-l\"><span id=\"{id}-l\" class=\"hidden\">{label}</span>");
                        foreach (var choice in new[] { "Yes", "No", "Use Config" })
                        {
                            sb.Append(CultureInfo.InvariantCulture, $"<label><input type=\"radio\" name=\"{id}\" value=\"{choice}\"> {choice}</label>");
                        }

                        sb.Append("</span>");
                        break;
                }

                sb.Append(CultureInfo.InvariantCulture, $"<small>{PageText.Encode(t.Sentence(4, 9))}</small></div>");
            }

            sb.Append("</fieldset></details>");
        }

        sb.Append("""
            </form><div class="hidden" role="tabpanel" aria-label="Hidden panel"><input type="text" aria-label="Invisible field"><button>Invisible</button></div>
            <h2>Product Reviews</h2><table><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>ID</th><th>Created</th><th>Status</th><th>Title</th><th>Nickname</th><th>Rating</th><th>Action</th></tr></thead><tbody>
            """);
        for (var r = 0; r < 30; r++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""
                <tr><td><input type="checkbox" aria-label="Select review {r + 1}"></td><td>{300 + r}</td><td>Nov {1 + (r % 28)}, 2026</td>
                <td>{(r % 3 == 0 ? "Pending" : "Approved")}</td><td>{PageText.Encode(t.Title(3))}</td><td>{PageText.Encode(t.Person())}</td>
                <td>{t.Next(1, 6)}</td><td><a href="/admin/review/edit/{300 + r}">Edit</a></td></tr>
                """);
        }

        sb.Append("</tbody></table></main></body></html>");
        return sb.ToString();
    }
}
