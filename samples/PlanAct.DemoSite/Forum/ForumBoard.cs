namespace PlanAct.DemoSite.Forum;

/// <summary>One forum (a board of posts), e.g. Gardening.</summary>
/// <param name="Slug">URL segment, e.g. "gardening".</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One-line description.</param>
internal sealed record ForumBoard(string Slug, string Name, string Description);
