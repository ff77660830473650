namespace PlanAct.DemoSite.Rendering;

/// <summary>The per-visitor bits the shared layout shows.</summary>
/// <param name="SignedIn">Whether the visitor is signed in.</param>
/// <param name="CartCount">Number of items in the cart.</param>
/// <param name="SearchText">Text to keep in the search box.</param>
internal sealed record LayoutChrome(bool SignedIn, int CartCount, string SearchText = "");
