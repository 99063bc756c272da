using System.Threading.Channels;
using Hyyve.Domain.AgentConsole;

namespace Hyyve.Server.Console;

/// <summary>
/// Fans console events out to the event streams open on this process. In process only: with several Hyyve.Server
/// processes, a stream sees the webhooks its own process received (the page also polls). A slow reader loses its oldest
/// events rather than holding up intake.
/// </summary>
public sealed class ConsoleEventBroadcaster : IConsoleEventSink
{
    private const int BufferPerReader = 256;
    private readonly Lock _gate = new();
    private readonly List<Channel<ConsoleEvent>> _readers = [];

    public int Readers
    {
        get
        {
            lock (_gate)
            {
                return _readers.Count;
            }
        }
    }

    public void Publish(ConsoleEvent consoleEvent)
    {
        lock (_gate)
        {
            foreach (var reader in _readers)
            {
                reader.Writer.TryWrite(consoleEvent);
            }
        }
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<ConsoleEvent>(new BoundedChannelOptions(BufferPerReader)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _readers.Add(channel);
        }

        return new Subscription(this, channel);
    }

    public sealed class Subscription(ConsoleEventBroadcaster owner, Channel<ConsoleEvent> channel) : IDisposable
    {
        public ChannelReader<ConsoleEvent> Events => channel.Reader;

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._readers.Remove(channel);
            }
        }
    }
}
