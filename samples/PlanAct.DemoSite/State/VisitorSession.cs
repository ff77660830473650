namespace PlanAct.DemoSite.State;

/// <summary>One browser's session: whether it is signed in, its cart and the posts it voted on.</summary>
internal sealed class VisitorSession
{
    /// <summary>True after a successful sign-in.</summary>
    public bool SignedIn { get; set; }

    /// <summary>Product id → quantity, in the order items were added.</summary>
    public List<(int ProductId, int Quantity)> Cart { get; } = [];

    /// <summary>Post id → the vote this session cast (+1 or −1).</summary>
    public Dictionary<int, int> Votes { get; } = [];

    /// <summary>Total number of items in the cart.</summary>
    public int CartCount => Cart.Sum(l => l.Quantity);
}
