namespace PlanAct.DemoSite.State;

/// <summary>A placed order in the customer's order history.</summary>
/// <param name="Number">Order number, e.g. 1003.</param>
/// <param name="PlacedAt">When it was placed.</param>
/// <param name="Lines">What was ordered.</param>
/// <param name="ShippingMethod">"Standard" or "Express".</param>
/// <param name="ShippingCost">Cost of shipping.</param>
/// <param name="ShipTo">Name and address the order ships to.</param>
/// <param name="Status">Status text, e.g. "Delivered".</param>
internal sealed record Order(
    int Number,
    DateTimeOffset PlacedAt,
    IReadOnlyList<OrderLine> Lines,
    string ShippingMethod,
    decimal ShippingCost,
    string ShipTo,
    string Status)
{
    /// <summary>Sum of the lines plus shipping.</summary>
    public decimal Total => Lines.Sum(l => l.Total) + ShippingCost;
}
