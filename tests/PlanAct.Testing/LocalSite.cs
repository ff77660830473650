using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PlanAct.Testing;

/// <summary>
/// A tiny web server on 127.0.0.1 (random port) serving in-memory pages for browser tests.
/// Add pages with <see cref="Add(string, string, string)"/> or a dynamic <see cref="Map"/> handler.
/// </summary>
public sealed class LocalSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Body, IReadOnlyDictionary<string, string>? Headers)> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _handlers = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    private LocalSite()
    {
    }

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:5123</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request path served so far, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Starts a site on a free loopback port.</summary>
    public static async Task<LocalSite> StartAsync()
    {
        var site = new LocalSite();
        (site._app, site.BaseUrl) = await LoopbackServer.StartAsync(site.HandleAsync).ConfigureAwait(false);
        return site;
    }

    /// <summary>Full URL of a path on this site.</summary>
    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/>.</summary>
    public LocalSite Add(string path, string body, string contentType = "text/html; charset=utf-8")
    {
        _pages[path] = (contentType, Encoding.UTF8.GetBytes(body), null);
        return this;
    }

    /// <summary>Serves bytes at <paramref name="path"/> with extra response headers (e.g. Content-Disposition).</summary>
    public LocalSite AddBytes(string path, byte[] body, string contentType, IReadOnlyDictionary<string, string>? headers = null)
    {
        _pages[path] = (contentType, body, headers);
        return this;
    }

    /// <summary>Handles <paramref name="path"/> with custom code.</summary>
    public LocalSite Map(string path, Func<HttpContext, Task> handler)
    {
        _handlers[path] = handler;
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue(path + context.Request.QueryString);
        if (_handlers.TryGetValue(path, out var handler))
        {
            await handler(context).ConfigureAwait(false);
            return;
        }

        if (_pages.TryGetValue(path, out var page))
        {
            context.Response.ContentType = page.ContentType;
            if (page.Headers is not null)
            {
                foreach (var (k, v) in page.Headers)
                {
                    context.Response.Headers[k] = v;
                }
            }

            await context.Response.Body.WriteAsync(page.Body).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 404;
        await context.Response.WriteAsync("not found").ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
