namespace PlanAct.DemoSite.Catalog;

/// <summary>A product category of the demo shop.</summary>
/// <param name="Slug">URL segment, e.g. "mugs".</param>
/// <param name="Name">Display name, e.g. "Mugs".</param>
/// <param name="Blurb">Short text shown on the category page.</param>
internal sealed record Category(string Slug, string Name, string Blurb);
