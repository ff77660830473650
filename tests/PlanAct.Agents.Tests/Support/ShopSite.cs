using PlanAct.Plugins.Actions;

namespace PlanAct.Agents.Tests.Support;

/// <summary>A small fake shop: home (search, products link), products list, a product page with its price.</summary>
public static class ShopSite
{
    public const string Intent = "What is the price of the blue mug?";

    public static FakeWeb Create() => new FakeWeb()
        .Page("/", _ =>
        [
            new FakeElement("heading", "Fake Shop"),
            new FakeElement("link", "Products") { Href = "/products" },
            new FakeElement("link", "Refresh") { Href = "/" },
            new FakeElement("textbox", "Search") { OnSubmit = (web, q) => { web.Path = "/search"; web.State["q"] = q; return new ActionOutcome(true, $"searched for {q}"); } },
        ])
        .Page("/products", _ =>
        [
            new FakeElement("heading", "Products"),
            new FakeElement("link", "Blue mug") { Href = "/mug" },
            new FakeElement("link", "Red pot") { Href = "/pot" },
        ])
        .Page("/search", web =>
        [
            new FakeElement("heading", $"Results for {web.State.GetValueOrDefault("q")}"),
            new FakeElement("link", "Blue mug") { Href = "/mug" },
        ])
        .Page("/mug", _ =>
        [
            new FakeElement("heading", "Blue mug"),
            new FakeElement("StaticText", "Blue mug price: $12"),
        ]);

    /// <summary>A planner that reads the page: answer if the price shows, else open the mug, else search.</summary>
    public static string PlanBySearching(string prompt)
    {
        var page = PlannerText.Page(prompt);
        if (page.Contains("Blue mug price: $12", StringComparison.Ordinal))
        {
            return PlannerText.Stop("$12");
        }

        return ObservationReader.FindId(page, "Blue mug", "link") is not null
            ? PlannerText.Instruct("Click the link 'Blue mug'", "1. Search for mug\n2. Click the link 'Blue mug'\n3. Read the price")
            : PlannerText.Instruct("Type 'mug' into the textbox 'Search' and press Enter", "1. Type 'mug' into the textbox 'Search' and press Enter\n2. Click the link 'Blue mug'\n3. Read the price");
    }
}
