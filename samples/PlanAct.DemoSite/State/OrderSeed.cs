using PlanAct.DemoSite.Catalog;

namespace PlanAct.DemoSite.State;

/// <summary>The three orders the demo account has already placed.</summary>
internal static class OrderSeed
{
    /// <summary>Creates the initial order history, newest last.</summary>
    public static List<Order> CreateOrders(ProductCatalog catalog)
    {
        OrderLine Line(int productId, int quantity)
        {
            var p = catalog.Find(productId) ?? throw new InvalidOperationException($"Seed order refers to missing product {productId}.");
            return new OrderLine(p.Id, p.Name, quantity, p.Price);
        }

        const string shipTo = "Emma Lopez, 12 Orchard Lane, Springfield";
        return
        [
            new Order(1001, new DateTimeOffset(2025, 1, 9, 10, 15, 0, TimeSpan.Zero), [Line(2, 2), Line(31, 1)], "Standard", 0m, shipTo, "Delivered"),
            new Order(1002, new DateTimeOffset(2025, 2, 2, 16, 40, 0, TimeSpan.Zero), [Line(64, 1)], "Express", 9.99m, shipTo, "Delivered"),
            new Order(1003, new DateTimeOffset(2025, 3, 1, 9, 5, 0, TimeSpan.Zero), [Line(47, 1), Line(80, 3)], "Standard", 0m, shipTo, "Shipped"),
        ];
    }
}
