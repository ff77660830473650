namespace PlanAct.Testing.FakeOpenAI;

/// <summary>
/// A scripted reply of <see cref="FakeOpenAIServer"/>. Model replies (<see cref="Text"/>, <see cref="ToolCalls"/>)
/// are rendered for the endpoint and mode of the request: chat or completions, JSON or SSE when <c>stream</c> is true.
/// Faults (<see cref="Error"/>, <see cref="Malformed"/>, <see cref="Sse"/>, …) are sent as scripted.
/// </summary>
public sealed class FakeReply
{
    private FakeReply(FakeReplyKind kind) => Kind = kind;

    internal FakeReplyKind Kind { get; }

    internal string MessageText { get; private init; } = "";

    internal IReadOnlyList<FakeToolCall> Calls { get; private init; } = [];

    internal FakeUsage Usage { get; private init; } = FakeUsage.Default;

    internal int StatusCode { get; private init; } = 200;

    internal string ContentType { get; private init; } = "application/json";

    internal string RawBody { get; private init; } = "";

    internal IReadOnlyList<string> SseEvents { get; private init; } = [];

    /// <summary>Extra response headers (e.g. <c>Retry-After</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

    /// <summary>How long the server waits before answering (the wait ends early when the client gives up).</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Number of <c>: OPENROUTER PROCESSING</c> comment lines sent before a streamed model reply.</summary>
    public int KeepAliveComments { get; private init; }

    /// <summary>The model name reported in the reply (default: the request's model).</summary>
    public string? Model { get; private init; }

    /// <summary>An assistant text reply.</summary>
    public static FakeReply Text(string text, FakeUsage? usage = null) =>
        new(FakeReplyKind.Message) { MessageText = text, Usage = usage ?? FakeUsage.Default };

    /// <summary>An assistant reply with one tool call.</summary>
    public static FakeReply ToolCall(string name, string argumentsJson = "{}", FakeUsage? usage = null) =>
        ToolCalls([new FakeToolCall(name, argumentsJson)], usage: usage);

    /// <summary>An assistant reply with tool calls and optional text.</summary>
    public static FakeReply ToolCalls(IReadOnlyList<FakeToolCall> calls, string text = "", FakeUsage? usage = null) =>
        new(FakeReplyKind.Message) { Calls = calls, MessageText = text, Usage = usage ?? FakeUsage.Default };

    /// <summary>An HTTP error with an OpenRouter/OpenAI-style body <c>{"error":{"code","message"}}</c>.</summary>
    public static FakeReply Error(int status, string message, int? retryAfterSeconds = null)
    {
        var headers = new Dictionary<string, string>();
        if (retryAfterSeconds is { } s)
        {
            headers["Retry-After"] = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new FakeReply(FakeReplyKind.Raw)
        {
            StatusCode = status,
            RawBody = ErrorJson(status, message),
            Headers = headers,
        };
    }

    /// <summary>HTTP 200 whose body is <c>{"error":{…}}</c> and has no choices (OpenRouter after generation started).</summary>
    public static FakeReply ErrorInBody(int code, string message) =>
        new(FakeReplyKind.Raw) { RawBody = ErrorJson(code, message) };

    /// <summary>HTTP 200 with a choice whose <c>finish_reason</c> is <c>"error"</c>.</summary>
    public static FakeReply FinishReasonError(string message, string partialText = "") =>
        new(FakeReplyKind.FinishReasonError) { MessageText = partialText, RawBody = message };

    /// <summary>HTTP 200 with a body that is not valid JSON.</summary>
    public static FakeReply Malformed(string body = "{\"id\": \"x\", \"choices\": [ oops") =>
        new(FakeReplyKind.Raw) { RawBody = body };

    /// <summary>Any status, content type and body.</summary>
    public static FakeReply Raw(int status, string body, string contentType = "application/json") =>
        new(FakeReplyKind.Raw) { StatusCode = status, RawBody = body, ContentType = contentType };

    /// <summary>
    /// A scripted SSE stream: each item is written as-is followed by a blank line, e.g.
    /// <c>": OPENROUTER PROCESSING"</c> or <c>"data: {…}"</c>.
    /// </summary>
    public static FakeReply Sse(params string[] events) =>
        new(FakeReplyKind.Sse) { SseEvents = events, ContentType = "text/event-stream" };

    /// <summary>A stream that sends <paramref name="partialText"/> and then an error event with <c>finish_reason:"error"</c>.</summary>
    public static FakeReply StreamError(string partialText, int code, string message) =>
        Sse(
            ": OPENROUTER PROCESSING",
            "data: " + FakeJson.ChatChunk("fake-err", "fake", partialText, null),
            "data: {\"id\":\"fake-err\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\",\"error\":"
                + ErrorObject(code, message) + ",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}",
            "data: [DONE]");

    /// <summary>A reply that never comes (the server waits until the client gives up).</summary>
    public static FakeReply Hang() => Text("too late").WithDelay(TimeSpan.FromMinutes(10));

    /// <summary>This reply, sent after <paramref name="delay"/>.</summary>
    public FakeReply WithDelay(TimeSpan delay) => Copy(delay: delay);

    /// <summary>This reply with an extra response header.</summary>
    public FakeReply WithHeader(string name, string value)
    {
        var headers = new Dictionary<string, string>(Headers) { [name] = value };
        return Copy(headers: headers);
    }

    /// <summary>This reply, streamed with <paramref name="count"/> keep-alive comments first.</summary>
    public FakeReply WithKeepAliveComments(int count) => Copy(comments: count);

    /// <summary>This reply, reporting <paramref name="model"/> as the model.</summary>
    public FakeReply WithModel(string model) => Copy(model: model);

    internal static string ErrorJson(int code, string message) => "{\"error\":" + ErrorObject(code, message) + "}";

    private static string ErrorObject(int code, string message) =>
        "{\"code\":" + code.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"message\":"
        + System.Text.Json.JsonSerializer.Serialize(message) + ",\"metadata\":{\"provider_name\":\"FakeProvider\"}}";

    private FakeReply Copy(TimeSpan? delay = null, IReadOnlyDictionary<string, string>? headers = null, int? comments = null, string? model = null) =>
        new(Kind)
        {
            MessageText = MessageText,
            Calls = Calls,
            Usage = Usage,
            StatusCode = StatusCode,
            ContentType = ContentType,
            RawBody = RawBody,
            SseEvents = SseEvents,
            Headers = headers ?? Headers,
            Delay = delay ?? Delay,
            KeepAliveComments = comments ?? KeepAliveComments,
            Model = model ?? Model,
        };
}
