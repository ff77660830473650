using System.Net.Http.Headers;
using PlanAct.Agents.Configuration;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>Adds the API key, configured extra headers and OpenRouter attribution headers to every request.</summary>
internal sealed class RequestHeadersHandler(EndpointTarget target) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = target.Options;
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        }

        if (target.Provider == ModelProviderKind.OpenRouter)
        {
            if (!string.IsNullOrEmpty(options.AppUrl))
            {
                Set(request, "HTTP-Referer", options.AppUrl);
            }

            if (!string.IsNullOrEmpty(options.AppTitle))
            {
                Set(request, "X-Title", options.AppTitle);
                Set(request, "X-OpenRouter-Title", options.AppTitle);
            }
        }

        foreach (var (name, value) in options.Headers)
        {
            Set(request, name, value);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static void Set(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}
