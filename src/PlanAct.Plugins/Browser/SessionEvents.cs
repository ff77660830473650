using System.Collections.Concurrent;

namespace PlanAct.Plugins.Browser;

/// <summary>Things that happened in a session outside the model's direct control (dialogs, downloads, tabs, blocked navigations).</summary>
internal sealed class SessionEvents
{
    private readonly ConcurrentQueue<string> _sinceObservation = new();
    private readonly ConcurrentQueue<string> _sinceAction = new();

    public void Add(string text)
    {
        _sinceObservation.Enqueue(text);
        _sinceAction.Enqueue(text);
    }

    /// <summary>Takes the events since the previous observation.</summary>
    public IReadOnlyList<string> DrainForObservation() => Drain(_sinceObservation);

    /// <summary>Takes the events since the current action started.</summary>
    public IReadOnlyList<string> DrainForAction() => Drain(_sinceAction);

    /// <summary>Forgets events before the current action.</summary>
    public void StartAction() => _sinceAction.Clear();

    private static List<string> Drain(ConcurrentQueue<string> queue)
    {
        var items = new List<string>();
        while (queue.TryDequeue(out var item))
        {
            items.Add(item);
        }

        return items;
    }
}
