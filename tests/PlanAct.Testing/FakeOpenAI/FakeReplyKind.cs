namespace PlanAct.Testing.FakeOpenAI;

/// <summary>How a <see cref="FakeReply"/> is rendered.</summary>
internal enum FakeReplyKind
{
    /// <summary>A model message (text and/or tool calls), rendered per endpoint and stream flag.</summary>
    Message,

    /// <summary>Status, content type and body exactly as scripted.</summary>
    Raw,

    /// <summary>A scripted SSE stream.</summary>
    Sse,

    /// <summary>A 200 choice with finish_reason "error".</summary>
    FinishReasonError,
}
