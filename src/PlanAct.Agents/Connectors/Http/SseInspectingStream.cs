using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanAct.Agents.Connectors.Errors;

namespace PlanAct.Agents.Connectors.Http;

/// <summary>
/// Passes an SSE body through unchanged while watching its <c>data:</c> lines; an event with a top-level <c>error</c>
/// or a choice with <c>finish_reason:"error"</c> raises <see cref="ModelProviderException"/> (the SDK would drop or mis-parse it).
/// Comment lines such as <c>: OPENROUTER PROCESSING</c> are passed through.
/// </summary>
internal sealed class SseInspectingStream(Stream inner, string target, SecretRedactor redactor) : Stream
{
    private readonly List<byte> _line = [];

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        Inspect(buffer.AsSpan(offset, n));
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        Inspect(buffer.Span[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Inspect(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                var line = Encoding.UTF8.GetString([.. _line]).TrimEnd('\r');
                _line.Clear();
                CheckLine(line);
            }
            else
            {
                _line.Add(b);
            }
        }
    }

    private void CheckLine(string line)
    {
        if (!line.StartsWith("data:", StringComparison.Ordinal) || !line.Contains("error", StringComparison.Ordinal))
        {
            return;
        }

        var json = line[5..].Trim();
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return;
        }

        if (ProviderErrors.FromSuccessBody(node, target) is { } e)
        {
            throw new ModelProviderException(e.Kind, redactor.Redact(e.Message) + " (in the event stream)", e.StatusCode,
                e.ProviderMessage is null ? null : redactor.Redact(e.ProviderMessage));
        }
    }
}
