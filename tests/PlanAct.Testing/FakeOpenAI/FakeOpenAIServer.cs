using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PlanAct.Testing.FakeOpenAI;

/// <summary>
/// A fake OpenAI-compatible model server (OpenRouter/vLLM flavoured) on 127.0.0.1 with a random port.
/// It records every request and answers model calls (<c>…/chat/completions</c>, <c>…/completions</c>) from,
/// in order: the scripted queue (<see cref="Enqueue(FakeReply[])"/>), the <see cref="Responder"/> function,
/// or a default text reply. It also serves <c>…/models</c> and OpenRouter's <c>…/key</c>.
/// Any path prefix works, so <see cref="V1Url"/> (vLLM style) and <see cref="ApiV1Url"/> (OpenRouter style) both do.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeReply> _queue = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private WebApplication _app = null!;
    private int _counter;

    private FakeOpenAIServer()
    {
    }

    /// <summary>Base URL without a trailing slash, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>vLLM-style API base: <c>{BaseUrl}/v1</c>.</summary>
    public string V1Url => BaseUrl + "/v1";

    /// <summary>OpenRouter-style API base: <c>{BaseUrl}/api/v1</c>.</summary>
    public string ApiV1Url => BaseUrl + "/api/v1";

    /// <summary>
    /// Computes a reply from the request when the queue is empty. Use it to play a model that reads
    /// what it is sent (e.g. find an element's id by its name in <see cref="RecordedRequest.AllText"/>).
    /// </summary>
    public Func<RecordedRequest, FakeReply>? Responder { get; set; }

    /// <summary>Reply when neither the queue nor <see cref="Responder"/> supplies one. Default: text "ok".</summary>
    public FakeReply DefaultReply { get; set; } = FakeReply.Text("ok");

    /// <summary>When set, every request must carry <c>Authorization: Bearer {RequiredApiKey}</c> or gets a 401.</summary>
    public string? RequiredApiKey { get; set; }

    /// <summary>Model ids listed by <c>GET …/models</c>.</summary>
    public IList<string> ModelIds { get; } = ["executor", "anthropic/claude-sonnet-4"];

    /// <summary>Overrides the <c>GET …/models</c> reply (e.g. an error).</summary>
    public FakeReply? ModelsReply { get; set; }

    /// <summary>Overrides the <c>GET …/key</c> reply. Default: a key with label, usage 1.25 and limit 10.</summary>
    public FakeReply? KeyReply { get; set; }

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Model calls (chat and completions) received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> ModelRequests => [.. Requests.Where(r => r.IsChat || r.IsCompletion)];

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var server = new FakeOpenAIServer();
        (server._app, server.BaseUrl) = await LoopbackServer.StartAsync(server.HandleAsync).ConfigureAwait(false);
        return server;
    }

    /// <summary>Queues replies for the next model calls, in order.</summary>
    public FakeOpenAIServer Enqueue(params FakeReply[] replies)
    {
        foreach (var r in replies)
        {
            _queue.Enqueue(r);
        }

        return this;
    }

    /// <summary>Forgets recorded requests and queued replies.</summary>
    public void Reset()
    {
        _queue.Clear();
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests were received, or the timeout passes.</summary>
    public async Task<bool> WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (Requests.Count < count)
        {
            try
            {
                await Task.Delay(10, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context).ConfigureAwait(false);
        if (RequiredApiKey is { } key && request.Header("Authorization") != "Bearer " + key)
        {
            await WriteAsync(context, FakeReply.Error(401, "No auth credentials found"), request).ConfigureAwait(false);
            return;
        }

        var reply = request.Endpoint switch
        {
            FakeEndpoints.Chat or FakeEndpoints.Completions => NextModelReply(request),
            FakeEndpoints.Models => ModelsReply ?? FakeReply.Raw(200, FakeJson.Models(ModelIds)),
            FakeEndpoints.Key => KeyReply ?? FakeReply.Raw(200,
                "{\"data\":{\"label\":\"sk-or-v1-fak...e42\",\"usage\":1.25,\"limit\":10.0,\"limit_remaining\":8.75,\"is_free_tier\":false}}"),
            _ => FakeReply.Error(404, "Unknown path " + request.Path),
        };
        await WriteAsync(context, reply, request).ConfigureAwait(false);
    }

    private FakeReply NextModelReply(RecordedRequest request)
    {
        if (_queue.TryDequeue(out var queued))
        {
            return queued;
        }

        return Responder?.Invoke(request) ?? DefaultReply;
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Path.Value ?? "/";
        var recorded = new RecordedRequest(context.Request.Method, path, FakeEndpoints.Classify(path), headers, body, FakeJson.TryParse(body));
        lock (_gate)
        {
            _requests.Add(recorded);
        }

        return recorded;
    }

    private async Task WriteAsync(HttpContext context, FakeReply reply, RecordedRequest request)
    {
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var response = context.Response;
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }

        var id = "gen-" + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var model = reply.Model ?? request.Model ?? "fake-model";
        switch (reply.Kind)
        {
            case FakeReplyKind.Raw:
                response.StatusCode = reply.StatusCode;
                response.ContentType = reply.ContentType;
                await response.WriteAsync(reply.RawBody, context.RequestAborted).ConfigureAwait(false);
                break;
            case FakeReplyKind.FinishReasonError:
                response.ContentType = "application/json";
                await response.WriteAsync(FakeJson.FinishReasonError(id, model, reply.MessageText, reply.RawBody), context.RequestAborted).ConfigureAwait(false);
                break;
            case FakeReplyKind.Sse:
                await WriteSseAsync(context, reply.SseEvents).ConfigureAwait(false);
                break;
            default:
                await WriteModelReplyAsync(context, reply, request, id, model).ConfigureAwait(false);
                break;
        }
    }

    private static async Task WriteModelReplyAsync(HttpContext context, FakeReply reply, RecordedRequest request, string id, string model)
    {
        var comments = Enumerable.Repeat(": OPENROUTER PROCESSING", reply.KeepAliveComments);
        if (request.IsCompletion)
        {
            var text = FakeJson.CompletionText(reply);
            if (request.IsStreaming)
            {
                var events = comments
                    .Concat(Pieces(text).Select(p => "data: " + FakeJson.TextCompletion(id, model, p, reply.Usage, includeUsage: false, finishReason: null)))
                    .Append("data: " + FakeJson.TextCompletion(id, model, "", reply.Usage, includeUsage: true))
                    .Append("data: [DONE]");
                await WriteSseAsync(context, [.. events]).ConfigureAwait(false);
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(FakeJson.TextCompletion(id, model, text, reply.Usage), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (request.IsStreaming)
        {
            var events = new List<string>(comments) { "data: " + FakeJson.ChatChunk(id, model, "", null, withRole: true) };
            events.AddRange(Pieces(reply.MessageText).Select(p => "data: " + FakeJson.ChatChunk(id, model, p, null)));
            if (reply.Calls.Count > 0)
            {
                events.Add("data: " + FakeJson.ChatChunk(id, model, null, null, FakeJson.ToolCallsArray(reply.Calls, withIndex: true)));
            }

            events.Add("data: " + FakeJson.ChatChunk(id, model, null, reply.Calls.Count > 0 ? "tool_calls" : "stop"));
            events.Add("data: " + FakeJson.UsageChunk(id, model, reply.Usage));
            events.Add("data: [DONE]");
            await WriteSseAsync(context, [.. events]).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(FakeJson.ChatCompletion(id, model, reply), context.RequestAborted).ConfigureAwait(false);
    }

    private static IEnumerable<string> Pieces(string text)
    {
        const int size = 8;
        for (var i = 0; i < text.Length; i += size)
        {
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }

    private static async Task WriteSseAsync(HttpContext context, IReadOnlyList<string> events)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream";
        foreach (var e in events)
        {
            await context.Response.WriteAsync(e + "\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
