using System.Globalization;

namespace PlanAct.DemoSite.Catalog;

/// <summary>
/// The shop's fixed, deterministic catalogue: every category has five styles, each sold in three of
/// six colours, so 6 × 15 = 90 products. Prices are a style base price plus a colour premium, so
/// questions such as "the cheapest red mug" have exactly one answer.
/// </summary>
internal sealed class ProductCatalog
{
    private static readonly string[] Colors = ["Red", "Blue", "Green", "Black", "White", "Yellow"];
    private static readonly decimal[] ColorPremium = [0.50m, 0m, 0.25m, 1.00m, 0m, 0.75m];

    private static readonly (Category Category, (string Style, decimal Price, string Detail)[] Styles)[] Definitions =
    [
        (new Category("mugs", "Mugs", "Mugs and cups for coffee, tea and everything in between."),
        [
            ("Ceramic Mug", 9.00m, "Holds 350 ml and is dishwasher safe."),
            ("Enamel Camp Mug", 11.50m, "Light, tough and happy over a camp stove."),
            ("Travel Mug", 17.00m, "Double-walled steel keeps drinks hot for six hours."),
            ("Espresso Cup", 7.25m, "A thick-walled 90 ml cup for a proper espresso."),
            ("Stoneware Mug", 12.75m, "Hand-glazed stoneware with a wide handle."),
        ]),
        (new Category("t-shirts", "T-Shirts", "Soft cotton tees in classic and relaxed fits."),
        [
            ("Classic Crew T-Shirt", 15.00m, "Organic cotton, regular fit."),
            ("V-Neck T-Shirt", 16.50m, "Lightweight jersey with a shallow V neck."),
            ("Pocket T-Shirt", 18.00m, "Heavyweight cotton with a chest pocket."),
            ("Long Sleeve T-Shirt", 21.00m, "Ribbed cuffs and a relaxed body."),
            ("Raglan Baseball T-Shirt", 19.50m, "Three-quarter sleeves in a contrast colour."),
        ]),
        (new Category("notebooks", "Notebooks", "Paper notebooks for notes, sketches and journals."),
        [
            ("Dotted Notebook A5", 8.50m, "160 pages of 100 gsm dotted paper."),
            ("Lined Notebook A5", 8.00m, "160 pages of 90 gsm lined paper."),
            ("Sketchbook A4", 14.00m, "80 sheets of heavy drawing paper."),
            ("Pocket Notebook Set", 9.75m, "Three slim notebooks that fit a shirt pocket."),
            ("Hardcover Journal", 19.00m, "Cloth-bound with a ribbon marker."),
        ]),
        (new Category("desk-lamps", "Desk Lamps", "Lamps for desks, bedsides and reading corners."),
        [
            ("Architect Desk Lamp", 39.00m, "A spring-balanced arm that stays where you put it."),
            ("LED Reading Lamp", 27.50m, "Dimmable warm LED with a flexible neck."),
            ("Clip-On Lamp", 18.25m, "Clamps to a shelf or headboard."),
            ("Mushroom Table Lamp", 44.00m, "Opal glass shade with a soft glow."),
            ("Banker's Lamp", 52.00m, "A brass base with a tinted glass shade."),
        ]),
        (new Category("backpacks", "Backpacks", "Backpacks for the commute, the trail and the weekend."),
        [
            ("Canvas Backpack", 45.00m, "Waxed canvas with leather straps."),
            ("Rolltop Backpack", 69.00m, "Waterproof with a roll closure."),
            ("Daypack 20L", 35.00m, "A padded laptop sleeve and two side pockets."),
            ("Hiking Backpack 35L", 89.00m, "A ventilated back panel and hip belt."),
            ("Mini Backpack", 29.00m, "Small enough for a phone, a book and keys."),
        ]),
        (new Category("plant-pots", "Plant Pots", "Pots and planters for houseplants and herbs."),
        [
            ("Terracotta Pot 12cm", 6.50m, "Unglazed clay with a drainage hole."),
            ("Glazed Planter 18cm", 16.00m, "A glazed planter with a matching saucer."),
            ("Hanging Planter", 13.25m, "Comes with a cotton macrame hanger."),
            ("Self-Watering Pot", 21.50m, "A reservoir waters the plant for up to two weeks."),
            ("Herb Trough", 24.00m, "A long trough for three herbs on a windowsill."),
        ]),
    ];

    private ProductCatalog(IReadOnlyList<Category> categories, IReadOnlyList<Product> products)
    {
        Categories = categories;
        Products = products;
    }

    /// <summary>The categories in display order.</summary>
    public IReadOnlyList<Category> Categories { get; }

    /// <summary>Every product, ordered by id.</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>The single, shared catalogue (it never changes at run time).</summary>
    public static ProductCatalog Instance { get; } = Build();

    /// <summary>The product with <paramref name="id"/>, or null.</summary>
    public Product? Find(int id) => id >= 1 && id <= Products.Count ? Products[id - 1] : null;

    /// <summary>The category with <paramref name="slug"/>, or null.</summary>
    public Category? FindCategory(string slug) =>
        Categories.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>Products whose name, colour, category or description contains every word of <paramref name="query"/>.</summary>
    public IEnumerable<Product> Search(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }

        return Products.Where(p =>
        {
            var category = FindCategory(p.CategorySlug)?.Name ?? "";
            var text = string.Join(' ', p.Name, p.Color, category, p.Description);
            return words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase) ||
                                  text.Contains(w.TrimEnd('s'), StringComparison.OrdinalIgnoreCase));
        });
    }

    private static ProductCatalog Build()
    {
        var categories = new List<Category>();
        var products = new List<Product>();
        for (var c = 0; c < Definitions.Length; c++)
        {
            var (category, styles) = Definitions[c];
            categories.Add(category);
            for (var s = 0; s < styles.Length; s++)
            {
                var (style, basePrice, detail) = styles[s];
                for (var k = 0; k < 3; k++)
                {
                    var colorIndex = (s + (2 * k) + c) % Colors.Length;
                    var color = Colors[colorIndex];
                    var id = products.Count + 1;
                    var rating = 3.0m + (((id * 37) + c) % 21 / 10m);
                    products.Add(new Product(
                        id,
                        string.Create(CultureInfo.InvariantCulture, $"DS-{category.Slug[..3].ToUpperInvariant()}-{id:000}"),
                        $"{color} {style}",
                        category.Slug,
                        color,
                        basePrice + ColorPremium[colorIndex],
                        rating,
                        ((id * 53) % 190) + 4,
                        $"A {color.ToLowerInvariant()} {style.ToLowerInvariant()} from our {category.Name.ToLowerInvariant()} range. {detail}"));
                }
            }
        }

        return new ProductCatalog(categories, products);
    }
}
