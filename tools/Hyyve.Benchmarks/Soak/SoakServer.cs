using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hyyve.Server;

namespace Hyyve.Benchmarks.Soak;

/// <summary>Hyyve.Server as its own process on a fixed port, so the soak can <c>kill -9</c> it and start it again.</summary>
internal sealed class SoakServer(string connectionString, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    public const string AdminKey = "hyv_soak_admin_key_0123456789abcdefghijklmnopqrstuvwxyz";
    private readonly int _port = FreePort();
    private Process? _process;

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    public int Restarts { get; private set; } = -1;

    public async Task StartAsync()
    {
        var serverDll = typeof(HyyveServer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(serverDll);
        start.ArgumentList.Add($"--urls={BaseAddress.ToString().TrimEnd('/')}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Benchmark";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Tenancy__AdminApiKey"] = AdminKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/api/ping")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new InvalidOperationException("Hyyve.Server did not start.");
            }

            await Task.Delay(100);
        }

        Restarts++;
    }

    /// <summary>SIGKILL: no shutdown hooks; running jobs keep their leases until they expire.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    /// <summary>Resident set size of the running server process, in MiB (from /proc).</summary>
    public double RssMiB()
    {
        var line = File.ReadLines($"/proc/{_process!.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
