using System.Globalization;
using System.Text;

namespace PlanAct.Benchmarks.Pages;

/// <summary>
/// A long forum thread like WebArena's Reddit clone (Postmill): a submission with 100 nested comments, each with author,
/// time, votes, body paragraphs (some with quotes and links) and reply/edit/delete/vote controls, plus a sidebar and a reply form.
/// </summary>
internal static class ForumThreadPage
{
    public const string Path = "/forum";

    public static string Build()
    {
        var t = new PageText(2);
        var sb = new StringBuilder(400_000);
        sb.Append("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Which laptop for a student budget? : r/laptops</title>
            <style>body{font-family:sans-serif;margin:0;font-size:14px} header{display:flex;gap:10px;padding:8px;background:#f4f4f4}
            .page{display:flex} main{flex:1;padding:10px} aside{width:300px;padding:10px} .comment{margin:6px 0 6px 0;border-left:2px solid #ddd;padding-left:10px}
            .meta{color:#666;font-size:12px} .vote button{border:0;background:none}</style></head><body>
            <header><a href="/">Postmill</a><a href="/forums">Forums</a><a href="/wiki">Wiki</a>
            <form action="/search" role="search"><input type="search" name="q" aria-label="Search query" placeholder="Search…"><button>Search</button></form>
            <a href="/submit">Submit</a><a href="/user/MarvelsGrantMan136">MarvelsGrantMan136</a><a href="/notifications">Notifications (2)</a>
            <form action="/logout" method="post"><button>Log out</button></form></header>
            <div class="page"><main><article class="submission">
            <div class="vote"><button aria-label="Upvote">▲</button><span>1,024</span><button aria-label="Downvote">▼</button></div>
            <h1><a href="/f/laptops/1234/which-laptop">Which laptop for a student budget?</a></h1>
            <p class="meta">Submitted by <a href="/user/op_student">op_student</a> 3 days ago in <a href="/f/laptops">laptops</a></p>
            """);
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"body\"><p>{PageText.Encode(t.Paragraph(5))}</p><p>{PageText.Encode(t.Paragraph(4))}</p></div>");
        sb.Append("""
            <nav class="submission-actions"><a href="#comments">312 comments</a><a href="/share">Share</a><a href="/save">Save</a>
            <a href="/report">Report</a><a href="/edit">Edit</a></nav></article>
            <section id="comments"><h2>312 comments</h2><label for="csort">Sort by</label><select id="csort"><option>Hot</option><option>Top</option><option>New</option><option>Controversial</option></select>
            """);
        var depth = 0;
        for (var i = 0; i < 100; i++)
        {
            var author = t.Person().Replace(' ', '_');
            sb.Append(CultureInfo.InvariantCulture, $"""
                <div class="comment" id="c{i}" style="margin-left:{depth * 16}px"><div class="meta"><a href="/user/{author}">{author}</a>
                <span>{t.Next(1, 900)} points</span> · <time datetime="2026-11-{1 + (i % 20):00}">{t.Next(1, 23)} hours ago</time></div>
                <div class="vote"><button aria-label="Upvote">▲</button><button aria-label="Downvote">▼</button></div><div class="body">
                """);
            var paragraphs = t.Next(1, 4);
            for (var p = 0; p < paragraphs; p++)
            {
                if (t.Next(0, 6) == 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<blockquote><p>{PageText.Encode(t.Sentence())}</p></blockquote>");
                }

                sb.Append(CultureInfo.InvariantCulture, $"<p>{PageText.Encode(t.Paragraph(t.Next(1, 4)))}");
                if (t.Next(0, 4) == 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" See <a href=\"https://example.org/review/{i}-{p}\">this review</a>.");
                }

                sb.Append("</p>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"""
                </div><nav class="comment-actions"><a href="/reply/{i}">Reply</a><a href="/permalink/{i}">Permalink</a>
                <a href="/save/{i}">Save</a><a href="/report/{i}">Report</a></nav></div>
                """);
            depth = Math.Clamp(depth + t.Next(-2, 2), 0, 5);
        }

        sb.Append("""
            <a href="?page=2">Load more comments</a></section>
            <form class="reply" action="/comment" method="post"><h3>Leave a comment</h3><label for="body">Comment</label>
            <textarea id="body" name="body" rows="6"></textarea><label><input type="checkbox" name="notify"> Notify me of replies</label>
            <button type="submit">Post</button></form></main>
            <aside><h2><a href="/f/laptops">laptops</a></h2><p>
            """);
        sb.Append(PageText.Encode(t.Paragraph(3)));
        sb.Append("</p><form action=\"/subscribe\" method=\"post\"><button>Subscribe</button></form><h3>Moderators</h3><ul>");
        for (var m = 0; m < 12; m++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/user/mod{m}\">mod{m}</a></li>");
        }

        sb.Append("</ul><h3>Related forums</h3><ul>");
        for (var f = 0; f < 20; f++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/f/related{f}\">{PageText.Encode(t.Title(1))}{f}</a></li>");
        }

        sb.Append("</ul></aside></div></body></html>");
        return sb.ToString();
    }
}
