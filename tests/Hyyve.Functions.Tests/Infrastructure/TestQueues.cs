using System.Collections.Concurrent;

namespace Hyyve.Functions.Tests.Infrastructure;

/// <summary>What queue output bindings wrote, per queue name, in order. Tests drain it to run the queue triggers.</summary>
public sealed class TestQueues
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _queues = new(StringComparer.Ordinal);

    public void Write(string queue, IEnumerable<string> messages)
    {
        var target = _queues.GetOrAdd(queue, _ => new ConcurrentQueue<string>());
        foreach (var message in messages)
        {
            target.Enqueue(message);
        }
    }

    public int Count(string queue) => _queues.TryGetValue(queue, out var q) ? q.Count : 0;

    /// <summary>Removes and returns every message of <paramref name="queue"/>.</summary>
    public List<string> Drain(string queue)
    {
        var taken = new List<string>();
        if (_queues.TryGetValue(queue, out var q))
        {
            while (q.TryDequeue(out var message))
            {
                taken.Add(message);
            }
        }

        return taken;
    }
}
