namespace PlanAct.DemoSite.Forum;

/// <summary>A comment under a forum post.</summary>
/// <param name="Id">Numeric id, unique on the site.</param>
/// <param name="Author">User name of the author.</param>
/// <param name="Body">Comment text.</param>
/// <param name="PostedAt">When it was posted.</param>
internal sealed record ForumComment(int Id, string Author, string Body, DateTimeOffset PostedAt);
