using System.Collections.Concurrent;
using PlanAct.DemoSite.Catalog;
using PlanAct.DemoSite.Forum;

namespace PlanAct.DemoSite.State;

/// <summary>
/// Everything on the demo site that can change: forum posts, votes, comments, orders and visitor
/// sessions. Callers hold <see cref="Gate"/> while reading or changing it; <see cref="Reset"/>
/// restores the seeded content and forgets every session.
/// </summary>
internal sealed class DemoSiteState
{
    private readonly ConcurrentDictionary<string, VisitorSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>Creates the state with its seeded content.</summary>
    public DemoSiteState(TimeProvider clock)
    {
        Clock = clock;
        Reset();
    }

    /// <summary>Lock to hold while reading or changing posts, orders or a session.</summary>
    public Lock Gate { get; } = new();

    /// <summary>Source of "now" for new posts, comments and orders.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The product catalogue (fixed).</summary>
    public ProductCatalog Catalog { get; } = ProductCatalog.Instance;

    /// <summary>All forum posts.</summary>
    public List<ForumPost> Posts { get; private set; } = [];

    /// <summary>The account's order history, oldest first.</summary>
    public List<Order> Orders { get; private set; } = [];

    /// <summary>Number of resets so far (0 after start).</summary>
    public int ResetCount { get; private set; } = -1;

    private int NextCommentId { get; set; }

    /// <summary>The session for <paramref name="id"/>, created on first use.</summary>
    public VisitorSession Session(string id) => _sessions.GetOrAdd(id, _ => new VisitorSession());

    /// <summary>Restores the initial content and forgets all sessions (signed-in users, carts, votes).</summary>
    public void Reset()
    {
        lock (Gate)
        {
            _sessions.Clear();
            Posts = ForumSeed.CreatePosts();
            Orders = OrderSeed.CreateOrders(Catalog);
            NextCommentId = Posts.Sum(p => p.Comments.Count) + 1;
            ResetCount++;
        }
    }

    /// <summary>The post with <paramref name="id"/> in forum <paramref name="forumSlug"/>, or null.</summary>
    public ForumPost? FindPost(string forumSlug, int id) =>
        Posts.FirstOrDefault(p => p.Id == id && string.Equals(p.ForumSlug, forumSlug, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a post and returns it. Caller holds <see cref="Gate"/>.</summary>
    public ForumPost AddPost(string forumSlug, string title, string author, string body)
    {
        var post = new ForumPost(Posts.Max(p => p.Id) + 1, forumSlug, title, author, body, 1, Clock.GetUtcNow());
        Posts.Add(post);
        return post;
    }

    /// <summary>Adds a comment to <paramref name="post"/>. Caller holds <see cref="Gate"/>.</summary>
    public ForumComment AddComment(ForumPost post, string author, string body)
    {
        var comment = new ForumComment(NextCommentId++, author, body, Clock.GetUtcNow());
        post.Comments.Add(comment);
        return comment;
    }

    /// <summary>
    /// Records <paramref name="session"/>'s vote (+1 or −1) on <paramref name="post"/>; voting the same way
    /// twice withdraws the vote. Caller holds <see cref="Gate"/>.
    /// </summary>
    public void Vote(VisitorSession session, ForumPost post, int direction)
    {
        session.Votes.TryGetValue(post.Id, out var previous);
        var next = previous == direction ? 0 : direction;
        post.Score += next - previous;
        if (next == 0)
        {
            session.Votes.Remove(post.Id);
        }
        else
        {
            session.Votes[post.Id] = next;
        }
    }

    /// <summary>Turns the session's cart into an order. Caller holds <see cref="Gate"/>.</summary>
    public Order PlaceOrder(VisitorSession session, string shipTo, string shippingMethod, decimal shippingCost)
    {
        var lines = session.Cart
            .Select(l => (Line: l, Product: Catalog.Find(l.ProductId)))
            .Where(x => x.Product is not null)
            .Select(x => new OrderLine(x.Product!.Id, x.Product.Name, x.Line.Quantity, x.Product.Price))
            .ToList();
        var order = new Order(Orders.Max(o => o.Number) + 1, Clock.GetUtcNow(), lines, shippingMethod, shippingCost, shipTo, "Processing");
        Orders.Add(order);
        session.Cart.Clear();
        return order;
    }
}
