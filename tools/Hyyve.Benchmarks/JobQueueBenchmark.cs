using System.Collections.Concurrent;
using System.Diagnostics;
using Hyyve.Domain.Jobs;
using Hyyve.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hyyve.Benchmarks;

/// <summary>
/// Job queue throughput (1 worker is the baseline for 8) and enqueue-to-start latency (polling without
/// LISTEN/NOTIFY is the baseline for the notification path), each through a real Hyyve.Server on PostgreSQL.
/// </summary>
internal static class JobQueueBenchmark
{
    private const int ThroughputJobs = 2000;
    private const int LatencyJobs = 200;

    public static async Task RunAsync()
    {
        var throughput = new Table("Job throughput (2,000 no-op jobs, one server)", "workers", "seconds", "jobs/s", "vs 1 worker");
        var single = await ThroughputAsync(1);
        var eight = await ThroughputAsync(8);
        throughput.Add(1, single, ThroughputJobs / single, "1.00x");
        throughput.Add(8, eight, ThroughputJobs / eight, $"{single / eight:0.00}x");
        throughput.Print();

        var latency = new Table("Enqueue-to-start latency (200 jobs, 20 ms apart, 8 workers)", "wake-up", "p50 ms", "p95 ms", "max ms");
        var poll = await LatencyAsync(listen: false);
        var notify = await LatencyAsync(listen: true);
        latency.Add("poll every 2 s (baseline)", Stats.Percentile(poll, 50), Stats.Percentile(poll, 95), poll.Max());
        latency.Add("LISTEN/NOTIFY", Stats.Percentile(notify, 50), Stats.Percentile(notify, 95), notify.Max());
        latency.Print();
    }

    private static async Task<double> ThroughputAsync(int workers)
    {
        var db = BenchDatabase.Create($"jobs{workers}");
        var probe = new BenchProbe();
        await using var app = await StartAsync(db, probe, new() { ["Jobs:WorkerCount"] = workers.ToString() });
        await using var stop = new StopOnDispose(app);
        var queue = app.Services.GetRequiredService<PostgresJobQueue>();
        await using var dataSource = NpgsqlDataSource.Create(db);
        var clock = Stopwatch.StartNew();
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            for (var i = 0; i < ThroughputJobs; i++)
            {
                await queue.EnqueueAsync(new JobRequest(BenchJobHandler.JobKind, "{}"), transaction, CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        while (probe.Completed < ThroughputJobs)
        {
            await Task.Delay(5);
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<List<double>> LatencyAsync(bool listen)
    {
        var db = BenchDatabase.Create(listen ? "latnotify" : "latpoll");
        var probe = new BenchProbe();
        await using var app = await StartAsync(db, probe, new()
        {
            ["Jobs:ListenForNotifications"] = listen.ToString(),
            ["Jobs:PollInterval"] = "00:00:02",
        });
        await using var stop = new StopOnDispose(app);
        var queue = app.Services.GetRequiredService<PostgresJobQueue>();
        for (var i = 0; i < LatencyJobs; i++)
        {
            var payload = $"{{\"t\":{Stopwatch.GetTimestamp()}}}";
            await queue.EnqueueAsync(new JobRequest(BenchJobHandler.JobKind, payload), null, CancellationToken.None);
            await Task.Delay(20);
        }

        while (probe.Completed < LatencyJobs)
        {
            await Task.Delay(10);
        }

        return probe.StartDelaysMs.ToList();
    }

    private static async Task<WebApplication> StartAsync(string db, BenchProbe probe, Dictionary<string, string?> settings)
    {
        settings["Database:ConnectionString"] = db;
        settings["Tenancy:AdminApiKey"] = "hyv_benchmark_admin_key_not_secret_0000000000";
        settings["Logging:LogLevel:Default"] = "Warning";
        var app = HyyveServer.Build(["--urls=http://127.0.0.1:0", "--environment=Benchmark"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton(probe);
            builder.Services.AddJobHandler<BenchJobHandler>();
        });
        await app.StartAsync();
        return app;
    }
}

internal sealed class BenchProbe
{
    public int Completed;

    public ConcurrentBag<double> StartDelaysMs { get; } = [];
}

internal sealed class BenchJobHandler(BenchProbe probe) : IJobHandler
{
    public const string JobKind = "bench";

    public string Kind => JobKind;

    public Task HandleAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var marker = job.PayloadJson.IndexOf("\"t\":", StringComparison.Ordinal);
        if (marker >= 0)
        {
            var started = long.Parse(job.PayloadJson[(marker + 4)..^1], System.Globalization.CultureInfo.InvariantCulture);
            probe.StartDelaysMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Interlocked.Increment(ref probe.Completed);
        return Task.CompletedTask;
    }
}

/// <summary>Stops the host (letting workers finish) before it is disposed.</summary>
internal sealed class StopOnDispose(WebApplication app) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await app.StopAsync();
}
