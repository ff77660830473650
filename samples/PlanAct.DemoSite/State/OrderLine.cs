namespace PlanAct.DemoSite.State;

/// <summary>One line of a placed order.</summary>
/// <param name="ProductId">Product id.</param>
/// <param name="ProductName">Product name at the time of the order.</param>
/// <param name="Quantity">Quantity ordered.</param>
/// <param name="UnitPrice">Price of one item.</param>
internal sealed record OrderLine(int ProductId, string ProductName, int Quantity, decimal UnitPrice)
{
    /// <summary>Quantity × unit price.</summary>
    public decimal Total => Quantity * UnitPrice;
}
