namespace PlanAct.DemoSite.State;

/// <summary>The shipping methods offered at checkout.</summary>
internal static class ShippingMethods
{
    /// <summary>Method names and their cost, in display order.</summary>
    public static IReadOnlyList<(string Name, decimal Cost)> All { get; } = [("Standard", 0m), ("Express", 9.99m)];

    /// <summary>The cost of <paramref name="name"/>, or null for an unknown method.</summary>
    public static decimal? CostOf(string? name) =>
        All.Where(m => string.Equals(m.Name, name, StringComparison.Ordinal)).Select(m => (decimal?)m.Cost).FirstOrDefault();
}
