using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PlanAct.DemoSite.Endpoints;
using PlanAct.DemoSite.State;

namespace PlanAct.DemoSite;

/// <summary>
/// The built-in demo website, served in-process on 127.0.0.1: a shop at <c>/</c> (search, categories,
/// product pages, cart, checkout, order history, sign-in) and a forum at <c>/forum</c> (forums, posts,
/// comments, votes). All content is generated deterministically; <see cref="ResetAsync"/> (or
/// <c>POST /__reset</c>) restores it between tasks.
/// </summary>
public sealed class DemoSiteServer : IAsyncDisposable
{
    /// <summary>Path of the reset endpoint (POST).</summary>
    public const string ResetPath = "/__reset";

    private readonly WebApplication _app;
    private readonly DemoSiteState _state;

    private DemoSiteServer(WebApplication app, DemoSiteState state, string baseUrl)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's root URL without a trailing slash, e.g. <c>http://127.0.0.1:5123</c> (the shop).</summary>
    public string BaseUrl { get; }

    /// <summary>The forum's URL, <c>{BaseUrl}/forum</c>.</summary>
    public string ForumUrl => BaseUrl + "/forum";

    /// <summary>Number of times the site has been reset since it started.</summary>
    public int ResetCount => _state.ResetCount;

    /// <summary>Starts the site and returns once it accepts requests.</summary>
    /// <param name="options">Port and clock; defaults when null.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<DemoSiteServer> StartAsync(DemoSiteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DemoSiteOptions();
        options.Validate();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.Port}"));
        var app = builder.Build();
        var state = new DemoSiteState(options.Clock);

        ShopEndpoints.Map(app, state);
        CartEndpoints.Map(app, state);
        OrderEndpoints.Map(app, state);
        AccountEndpoints.Map(app, state);
        ForumEndpoints.Map(app, state);
        app.MapPost(ResetPath, () =>
        {
            state.Reset();
            return Results.Text("reset", "text/plain");
        });
        app.MapFallback((HttpContext ctx) => VisitorContext.NotFound(VisitorContext.SessionOf(ctx, state), $"The page {ctx.Request.Path}"));

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new DemoSiteServer(app, state, app.Urls.First().TrimEnd('/'));
    }

    /// <summary>The absolute URL of <paramref name="path"/> on this site.</summary>
    public Uri Url(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new Uri(BaseUrl + (path.StartsWith('/') ? path : "/" + path));
    }

    /// <summary>
    /// Restores the initial content (posts, scores, comments, orders) and forgets every visitor session
    /// (sign-ins, carts, votes).
    /// </summary>
    public Task ResetAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _state.Reset();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
