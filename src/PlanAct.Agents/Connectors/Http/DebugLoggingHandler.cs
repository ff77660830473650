using System.Text;
using Microsoft.Extensions.Logging;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>Logs every request and response at Debug with bodies truncated and secrets redacted (per attempt).</summary>
internal sealed partial class DebugLoggingHandler(ILogger logger, SecretRedactor redactor, int bodyLimit) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var requestBody = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        LogRequest(logger, request.Method.Method, redactor.Redact(request.RequestUri?.ToString()), Headers(request.Headers, request.Content?.Headers), Body(requestBody));
        var response = await base.SendAsync(request, cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        string responseBody;
        if (mediaType == "text/event-stream")
        {
            responseBody = "(event stream, not buffered)";
        }
        else
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            responseBody = Body(await response.Content.ReadAsStringAsync(cancellationToken));
        }

        LogResponse(logger, (int)response.StatusCode, redactor.Redact(request.RequestUri?.ToString()), Headers(response.Headers, response.Content.Headers), responseBody);
        return response;
    }

    private string Headers(System.Net.Http.Headers.HttpHeaders headers, System.Net.Http.Headers.HttpHeaders? more)
    {
        var sb = new StringBuilder();
        foreach (var h in headers.Concat(more ?? (IEnumerable<KeyValuePair<string, IEnumerable<string>>>)[]))
        {
            sb.Append(h.Key).Append(": ").Append(redactor.HeaderValue(h.Key, string.Join(",", h.Value))).Append("; ");
        }

        return sb.ToString();
    }

    private string Body(string body)
    {
        var redacted = redactor.Redact(body);
        return redacted.Length <= bodyLimit ? redacted : redacted[..bodyLimit] + $"… ({redacted.Length - bodyLimit} more chars)";
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "LLM request {Method} {Uri} headers: {Headers} body: {Body}")]
    private static partial void LogRequest(ILogger logger, string method, string uri, string headers, string body);

    [LoggerMessage(Level = LogLevel.Debug, Message = "LLM response {Status} from {Uri} headers: {Headers} body: {Body}")]
    private static partial void LogResponse(ILogger logger, int status, string uri, string headers, string body);
}
