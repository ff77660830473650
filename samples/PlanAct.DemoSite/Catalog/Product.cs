namespace PlanAct.DemoSite.Catalog;

/// <summary>One product in the demo shop.</summary>
/// <param name="Id">Numeric id used in the product URL (<c>/product/{id}</c>).</param>
/// <param name="Sku">Stock-keeping unit shown on the product page.</param>
/// <param name="Name">Display name, e.g. "Red Ceramic Mug".</param>
/// <param name="CategorySlug">Slug of the category the product belongs to.</param>
/// <param name="Color">Colour name, e.g. "Red".</param>
/// <param name="Price">Price in dollars.</param>
/// <param name="Rating">Average rating from 1.0 to 5.0.</param>
/// <param name="ReviewCount">Number of reviews.</param>
/// <param name="Description">One-paragraph description.</param>
internal sealed record Product(
    int Id,
    string Sku,
    string Name,
    string CategorySlug,
    string Color,
    decimal Price,
    decimal Rating,
    int ReviewCount,
    string Description);
