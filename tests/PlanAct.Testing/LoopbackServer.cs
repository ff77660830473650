using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanAct.Testing;

/// <summary>Starts a Kestrel server on a free 127.0.0.1 port that hands every request to one handler (shared by the test servers).</summary>
internal static class LoopbackServer
{
    /// <summary>Builds and starts the server.</summary>
    /// <param name="handler">Handles every request.</param>
    /// <returns>The running app and its base URL (no trailing slash).</returns>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync().ConfigureAwait(false);
        return (app, app.Urls.First().TrimEnd('/'));
    }
}
