using Microsoft.Playwright;

namespace PlanAct.Plugins.Browser;

/// <summary>Counts a browser context's in-flight requests so a session can wait for the network to go quiet.</summary>
internal sealed class NetworkTracker
{
    private readonly Lock _gate = new();
    private readonly HashSet<IRequest> _inFlight = [];
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Requests started so far (ignored kinds excluded).</summary>
    public long Started { get; private set; }

    /// <summary>Requests currently in flight.</summary>
    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight.Count;
            }
        }
    }

    public void Attach(IBrowserContext context)
    {
        context.Request += (_, request) => OnStarted(request);
        context.RequestFinished += (_, request) => OnEnded(request);
        context.RequestFailed += (_, request) => OnEnded(request);
    }

    /// <summary>Waits until no request is in flight, or <paramref name="timeout"/> passes.</summary>
    /// <returns>Whether the network went idle in time.</returns>
    public async Task<bool> WaitForIdleAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_inFlight.Count == 0)
                {
                    return true;
                }

                signal = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await signal.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }
    }

    private static bool Ignored(IRequest request)
        => request.ResourceType is "websocket" or "eventsource" or "media" or "ping" or "manifest";

    private void OnStarted(IRequest request)
    {
        if (Ignored(request))
        {
            return;
        }

        lock (_gate)
        {
            Started++;
            _inFlight.Add(request);
            Signal();
        }
    }

    private void OnEnded(IRequest request)
    {
        lock (_gate)
        {
            if (_inFlight.Remove(request))
            {
                Signal();
            }
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
