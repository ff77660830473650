namespace PlanAct.DemoSite.Forum;

/// <summary>A forum post. Score and comments change when users vote and comment.</summary>
internal sealed class ForumPost
{
    /// <summary>Creates a post.</summary>
    public ForumPost(int id, string forumSlug, string title, string author, string body, int score, DateTimeOffset postedAt)
    {
        Id = id;
        ForumSlug = forumSlug;
        Title = title;
        Author = author;
        Body = body;
        Score = score;
        PostedAt = postedAt;
    }

    /// <summary>Numeric id, unique on the site.</summary>
    public int Id { get; }

    /// <summary>Slug of the forum this post belongs to.</summary>
    public string ForumSlug { get; }

    /// <summary>Title.</summary>
    public string Title { get; }

    /// <summary>User name of the author.</summary>
    public string Author { get; }

    /// <summary>Body text.</summary>
    public string Body { get; }

    /// <summary>Up votes minus down votes.</summary>
    public int Score { get; set; }

    /// <summary>When it was posted.</summary>
    public DateTimeOffset PostedAt { get; }

    /// <summary>Comments, oldest first.</summary>
    public List<ForumComment> Comments { get; } = [];
}
