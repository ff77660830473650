using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanAct.Agents.Connectors.Errors;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>
/// Per attempt: turns successful model responses that actually carry an error (a 200 <c>{"error":…}</c> body,
/// <c>finish_reason:"error"</c>, an SSE <c>data: {"error":…}</c> event) or that are not JSON into <see cref="ModelProviderException"/>s,
/// so the retry layer can see them and callers get the provider's message.
/// </summary>
internal sealed class ResponseInspectionHandler(EndpointTarget target, SecretRedactor redactor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (!response.IsSuccessStatusCode || request.Method != HttpMethod.Post || !path.EndsWith("completions", StringComparison.Ordinal))
        {
            return response;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType == "text/event-stream")
        {
            var inner = await response.Content.ReadAsStreamAsync(cancellationToken);
            var content = new StreamContent(new SseInspectingStream(inner, target.Label, redactor));
            foreach (var h in response.Content.Headers)
            {
                content.Headers.TryAddWithoutValidation(h.Key, h.Value);
            }

            response.Content = content;
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            response.Dispose();
            throw new ModelProviderException(ModelErrorKind.MalformedResponse,
                $"{target.Label}: the response body is not valid JSON ({e.Message}). Body starts: {redactor.Redact(Truncate(body))}", 200, innerException: null);
        }

        if (ProviderErrors.FromSuccessBody(node, target.Label) is { } error)
        {
            response.Dispose();
            throw Redacted(error);
        }

        var original = response.Content;
        response.Content = new StringContent(body, Encoding.UTF8, mediaType ?? "application/json");
        original.Dispose();
        return response;
    }

    private ModelProviderException Redacted(ModelProviderException e) =>
        new(e.Kind, redactor.Redact(e.Message), e.StatusCode, e.ProviderMessage is null ? null : redactor.Redact(e.ProviderMessage));

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
