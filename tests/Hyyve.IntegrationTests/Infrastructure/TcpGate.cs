using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP forwarder a test can close and reopen on the same port: closed, it drops every open connection and refuses
/// new ones, which is what a stopped PostgreSQL looks like to its clients, without stopping the cluster other tests use.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    private TcpGate(IPEndPoint target, int port)
    {
        _target = target;
        Port = port;
    }

    public int Port { get; }

    public static TcpGate Start(string targetHost, int targetPort)
    {
        var gate = new TcpGate(new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort),
            ServerProcess.FreePort());
        gate.Open();
        return gate;
    }

    /// <summary>The connection string of <paramref name="connectionString"/>'s database, reached through this gate.</summary>
    public static (TcpGate Gate, string ConnectionString) For(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var gate = Start(builder.Host!, builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = gate.Port;
        return (gate, builder.ConnectionString);
    }

    public void Open()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptLoopAsync(_listener, _stop.Token);
    }

    /// <summary>Refuses new connections and resets the open ones.</summary>
    public void Close()
    {
        _stop.Cancel();
        _listener?.Stop();
        foreach (var client in _open.Keys)
        {
            // Close(0) resets the connection, as a server that died would; a client already gone has no socket.
            client.Client?.Close(0);
            client.Dispose();
        }

        _open.Clear();
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }

            _ = ForwardAsync(inbound, stop);
        }
    }

    private async Task ForwardAsync(TcpClient inbound, CancellationToken stop)
    {
        using var outbound = new TcpClient();
        _open[inbound] = 0;
        _open[outbound] = 0;
        try
        {
            await outbound.ConnectAsync(_target, stop);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), stop);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), stop);
            await Task.WhenAny(up, down);
        }
        catch (Exception)
        {
            // A closed gate or a client that left: either way the connection ends here.
        }
        finally
        {
            _open.TryRemove(inbound, out _);
            _open.TryRemove(outbound, out _);
            inbound.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
