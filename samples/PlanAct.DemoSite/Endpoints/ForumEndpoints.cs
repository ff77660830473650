using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanAct.DemoSite.Accounts;
using PlanAct.DemoSite.Forum;
using PlanAct.DemoSite.Rendering;
using PlanAct.DemoSite.State;

namespace PlanAct.DemoSite.Endpoints;

/// <summary>The forum: forum list, post lists with sorting, post pages, voting, comments and new posts.</summary>
internal static class ForumEndpoints
{
    private static readonly (string Key, string Label)[] Sorts = [("new", "Newest"), ("top", "Top"), ("comments", "Most comments")];

    /// <summary>Maps the forum pages and actions.</summary>
    public static void Map(WebApplication app, DemoSiteState state)
    {
        app.MapGet("/forum", (HttpContext ctx) => ForumList(ctx, state));
        app.MapGet("/forum/{slug}", (HttpContext ctx, string slug, string? sort) => PostList(ctx, state, slug, sort));
        app.MapGet("/forum/{slug}/{id:int}", (HttpContext ctx, string slug, int id) => PostPage(ctx, state, slug, id));
        app.MapPost("/forum/{slug}/{id:int}/vote", (HttpContext ctx, string slug, int id, CancellationToken ct) => VoteAsync(ctx, state, slug, id, ct));
        app.MapPost("/forum/{slug}/{id:int}/comments", (HttpContext ctx, string slug, int id, CancellationToken ct) => CommentAsync(ctx, state, slug, id, ct));
        app.MapGet("/forum/{slug}/submit", (HttpContext ctx, string slug) => SubmitPage(ctx, state, slug, null, "", ""));
        app.MapPost("/forum/{slug}/submit", (HttpContext ctx, string slug, CancellationToken ct) => SubmitAsync(ctx, state, slug, ct));
    }

    private static ForumBoard? Board(string slug) =>
        ForumSeed.Boards.FirstOrDefault(b => string.Equals(b.Slug, slug, StringComparison.OrdinalIgnoreCase));

    private static IResult ForumList(HttpContext ctx, DemoSiteState state)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var sb = new StringBuilder("<h1>Forums</h1><table id=\"forums\"><thead><tr><th>Forum</th><th>About</th><th>Posts</th></tr></thead><tbody>");
        lock (state.Gate)
        {
            foreach (var b in ForumSeed.Boards)
            {
                sb.Append("<tr><td><a href=\"/forum/").Append(b.Slug).Append("\">").Append(Html.E(b.Name)).Append("</a></td><td>")
                  .Append(Html.E(b.Description)).Append("</td><td>").Append(Html.N(state.Posts.Count(p => p.ForumSlug == b.Slug))).Append("</td></tr>");
            }
        }

        sb.Append("</tbody></table>");
        return VisitorContext.Page("Forums", "Forum", sb.ToString(), session);
    }

    private static IResult PostList(HttpContext ctx, DemoSiteState state, string slug, string? sort)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var board = Board(slug);
        if (board is null)
        {
            return VisitorContext.NotFound(session, $"The forum \"{slug}\"");
        }

        var key = Sorts.Any(s => s.Key == sort) ? sort! : "new";
        var sb = new StringBuilder();
        sb.Append("<nav aria-label=\"Breadcrumb\"><a href=\"/forum\">Forums</a> › ").Append(Html.E(board.Name)).Append("</nav>")
          .Append("<h1>").Append(Html.E(board.Name)).Append("</h1><p>").Append(Html.E(board.Description)).Append("</p>")
          .Append("<p><a href=\"/forum/").Append(board.Slug).Append("/submit\">Create a new post</a></p>")
          .Append("<nav aria-label=\"Sort posts\">Sort by: ");
        foreach (var (k, label) in Sorts)
        {
            sb.Append(k == key
                ? $"<strong aria-current=\"page\">{label}</strong> "
                : $"<a href=\"/forum/{board.Slug}?sort={k}\">{label}</a> ");
        }

        sb.Append("</nav><ol class=\"posts\">");
        lock (state.Gate)
        {
            var posts = state.Posts.Where(p => p.ForumSlug == board.Slug);
            posts = key switch
            {
                "top" => posts.OrderByDescending(p => p.Score).ThenByDescending(p => p.PostedAt),
                "comments" => posts.OrderByDescending(p => p.Comments.Count).ThenByDescending(p => p.PostedAt),
                _ => posts.OrderByDescending(p => p.PostedAt),
            };
            foreach (var p in posts)
            {
                sb.Append("<li class=\"post-row\" id=\"post-").Append(Html.N(p.Id)).Append("\">")
                  .Append(VoteBox(board.Slug, p, session, VisitorContext.Here(ctx)))
                  .Append("<div><a class=\"post-title\" href=\"/forum/").Append(board.Slug).Append('/').Append(Html.N(p.Id)).Append("\">")
                  .Append(Html.E(p.Title)).Append("</a><p>by ").Append(Html.E(p.Author)).Append(" · ").Append(Html.DateTime(p.PostedAt))
                  .Append(" · ").Append(Html.N(p.Comments.Count)).Append(p.Comments.Count == 1 ? " comment" : " comments").Append("</p></div></li>");
            }
        }

        sb.Append("</ol>");
        return VisitorContext.Page(board.Name, "Forum", sb.ToString(), session);
    }

    private static string VoteBox(string slug, ForumPost post, VisitorSession session, string returnUrl)
    {
        session.Votes.TryGetValue(post.Id, out var mine);
        var action = $"/forum/{slug}/{Html.N(post.Id)}/vote";
        return $"<div class=\"score\"><form method=\"post\" action=\"{action}\">{Html.Hidden("dir", "up")}{Html.Hidden("returnUrl", returnUrl)}" +
               $"<button type=\"submit\" aria-label=\"Upvote {Html.E(post.Title)}\" aria-pressed=\"{(mine > 0 ? "true" : "false")}\">▲</button></form>" +
               $"<span class=\"post-score\" aria-label=\"Score\">{Html.N(post.Score)}</span>" +
               $"<form method=\"post\" action=\"{action}\">{Html.Hidden("dir", "down")}{Html.Hidden("returnUrl", returnUrl)}" +
               $"<button type=\"submit\" aria-label=\"Downvote {Html.E(post.Title)}\" aria-pressed=\"{(mine < 0 ? "true" : "false")}\">▼</button></form></div>";
    }

    private static IResult PostPage(HttpContext ctx, DemoSiteState state, string slug, int id)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var board = Board(slug);
        var sb = new StringBuilder();
        lock (state.Gate)
        {
            var post = board is null ? null : state.FindPost(board.Slug, id);
            if (board is null || post is null)
            {
                return VisitorContext.NotFound(session, $"Post {id} in \"{slug}\"");
            }

            sb.Append("<nav aria-label=\"Breadcrumb\"><a href=\"/forum\">Forums</a> › <a href=\"/forum/").Append(board.Slug).Append("\">")
              .Append(Html.E(board.Name)).Append("</a></nav><article class=\"post\" id=\"post-").Append(Html.N(post.Id)).Append("\">")
              .Append("<h1 class=\"post-title\">").Append(Html.E(post.Title)).Append("</h1>")
              .Append("<p class=\"post-meta\">by <span class=\"post-author\">").Append(Html.E(post.Author)).Append("</span> · ")
              .Append(Html.DateTime(post.PostedAt)).Append(" · score <span id=\"post-score\">").Append(Html.N(post.Score)).Append("</span></p>")
              .Append(VoteBox(board.Slug, post, session, $"/forum/{board.Slug}/{Html.N(post.Id)}"))
              .Append("<div class=\"post-body\"><p>").Append(Html.E(post.Body)).Append("</p></div></article>")
              .Append("<section aria-label=\"Comments\" id=\"comments\"><h2>").Append(Html.N(post.Comments.Count))
              .Append(post.Comments.Count == 1 ? " comment" : " comments").Append("</h2><ol class=\"comments\">");
            foreach (var c in post.Comments)
            {
                sb.Append("<li class=\"comment\" id=\"comment-").Append(Html.N(c.Id)).Append("\"><p class=\"comment-author\">")
                  .Append(Html.E(c.Author)).Append(" · ").Append(Html.DateTime(c.PostedAt)).Append("</p><p class=\"comment-body\">")
                  .Append(Html.E(c.Body)).Append("</p></li>");
            }

            sb.Append("</ol>");
            if (session.SignedIn)
            {
                sb.Append("<form method=\"post\" action=\"/forum/").Append(board.Slug).Append('/').Append(Html.N(post.Id)).Append("/comments\">")
                  .Append("<label for=\"comment-text\">Your comment</label><textarea id=\"comment-text\" name=\"body\" rows=\"4\" cols=\"60\" required></textarea>")
                  .Append("<p><button type=\"submit\">Post comment</button></p></form>");
            }
            else
            {
                sb.Append("<p><a href=\"/account/login?returnUrl=").Append(Html.U($"/forum/{board.Slug}/{post.Id}")).Append("\">Sign in to comment</a></p>");
            }

            sb.Append("</section>");
            return VisitorContext.Page(post.Title, "Forum", sb.ToString(), session);
        }
    }

    private static async Task<IResult> VoteAsync(HttpContext ctx, DemoSiteState state, string slug, int id, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        var direction = form["dir"].ToString() switch { "up" => 1, "down" => -1, _ => 0 };
        lock (state.Gate)
        {
            var post = state.FindPost(slug, id);
            if (post is null)
            {
                return VisitorContext.NotFound(session, $"Post {id} in \"{slug}\"");
            }

            if (direction != 0)
            {
                state.Vote(session, post, direction);
            }

            return Results.Redirect(VisitorContext.LocalOr(form["returnUrl"], $"/forum/{post.ForumSlug}/{Html.N(post.Id)}"));
        }
    }

    private static async Task<IResult> CommentAsync(HttpContext ctx, DemoSiteState state, string slug, int id, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        var returnUrl = $"/forum/{slug}/{Html.N(id)}";
        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst(returnUrl);
        }

        var body = form["body"].ToString().Trim();
        lock (state.Gate)
        {
            var post = state.FindPost(slug, id);
            if (post is null)
            {
                return VisitorContext.NotFound(session, $"Post {id} in \"{slug}\"");
            }

            if (body.Length > 0)
            {
                state.AddComment(post, DemoAccount.UserName, body);
            }

            return Results.Redirect($"/forum/{post.ForumSlug}/{Html.N(post.Id)}");
        }
    }

    private static IResult SubmitPage(HttpContext ctx, DemoSiteState state, string slug, string? error, string title, string body)
    {
        var session = VisitorContext.SessionOf(ctx, state);
        var board = Board(slug);
        if (board is null)
        {
            return VisitorContext.NotFound(session, $"The forum \"{slug}\"");
        }

        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst($"/forum/{board.Slug}/submit");
        }

        var content = $"<nav aria-label=\"Breadcrumb\"><a href=\"/forum\">Forums</a> › <a href=\"/forum/{board.Slug}\">{Html.E(board.Name)}</a></nav>" +
                      $"<h1>New post in {Html.E(board.Name)}</h1>" +
                      (error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>") +
                      $"<form method=\"post\" action=\"/forum/{board.Slug}/submit\">" +
                      $"<label for=\"title\">Title</label><input id=\"title\" name=\"title\" size=\"60\" required value=\"{Html.E(title)}\">" +
                      $"<label for=\"body\">Body</label><textarea id=\"body\" name=\"body\" rows=\"6\" cols=\"60\">{Html.E(body)}</textarea>" +
                      "<p><button type=\"submit\">Create post</button></p></form>";
        return VisitorContext.Page($"New post in {board.Name}", "Forum", content, session);
    }

    private static async Task<IResult> SubmitAsync(HttpContext ctx, DemoSiteState state, string slug, CancellationToken ct)
    {
        var form = await ctx.Request.ReadFormAsync(ct);
        var session = VisitorContext.SessionOf(ctx, state);
        var board = Board(slug);
        if (board is null)
        {
            return VisitorContext.NotFound(session, $"The forum \"{slug}\"");
        }

        if (!session.SignedIn)
        {
            return VisitorContext.SignInFirst($"/forum/{board.Slug}/submit");
        }

        var title = form["title"].ToString().Trim();
        var body = form["body"].ToString().Trim();
        if (title.Length == 0)
        {
            return SubmitPage(ctx, state, slug, "A post needs a title.", title, body);
        }

        ForumPost post;
        lock (state.Gate)
        {
            post = state.AddPost(board.Slug, title, DemoAccount.UserName, body);
        }

        return Results.Redirect($"/forum/{board.Slug}/{Html.N(post.Id)}");
    }
}
