using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hyyve.Server;

namespace Hyyve.IntegrationTests.Infrastructure;

/// <summary>Hyyve.Server as a separate operating-system process, so a test can kill it the hard way.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<ServerProcess> StartAsync(string connectionString, int port, IDictionary<string, string?> settings)
    {
        var serverDll = typeof(HyyveServer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(serverDll);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Tenancy__AdminApiKey"] = TestServer.AdminKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Knowledge__EmbeddingProvider"] = "none";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                return (await client.GetAsync("/api/health")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), "the server process answered health");
        return server;
    }

    /// <summary>SIGKILL: no shutdown hooks, leases stay held until they expire.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
