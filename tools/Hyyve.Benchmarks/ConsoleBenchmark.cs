using System.Diagnostics;
using Hyyve.LocalWorld;
using Npgsql;

namespace Hyyve.Benchmarks;

/// <summary>
/// The command center's reads over 50 projects and 10,000 conversations (seeded in SQL: four messages, two answers with
/// three sources each and two jobs per conversation, every fifth conversation handed off): latency of
/// <c>GET /api/dashboard</c> and of a project's conversation list, next to <c>GET /api/ping</c> (no I/O) in the same run.
/// </summary>
internal static class ConsoleBenchmark
{
    private const int Projects = 50;
    private const int ConversationsPerProject = 200;
    private const int Requests = 200;
    private const double TargetP95Ms = 100;

    public static async Task RunAsync()
    {
        var database = BenchDatabase.Create("console");
        await using var world = await ConnectedWorld.StartAsync(new LocalWorldOptions
        {
            AccountName = "Bench",
            Environment = "Benchmark",
            Settings =
            {
                ["Database:ConnectionString"] = database,
                ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
                ["Jobs:Enabled"] = "false",
                ["Reconciler:Enabled"] = "false",
                ["HelpCenter:SchedulerEnabled"] = "false",
            },
        });
        var seeded = Stopwatch.StartNew();
        var projectIds = await SeedAsync(database, world.TenantId);
        var seedSeconds = seeded.Elapsed.TotalSeconds;
        using var client = world.CreateClient();
        var random = new Random(7);
        var table = new Table($"Console reads ({Projects} projects, {Projects * ConversationsPerProject:N0} conversations, seeded in {seedSeconds:0.0} s; {Requests} sequential requests each, admin key)",
            "route", "p50 ms", "p95 ms", "p99 ms", "target p95");
        table.Add(await MeasureAsync(client, "GET /api/ping (baseline, no I/O)", () => "/api/ping", "-"));
        table.Add(await MeasureAsync(client, "GET /api/dashboard", () => "/api/dashboard", $"≤ {TargetP95Ms} ms"));
        table.Add(await MeasureAsync(client, "GET /api/projects/{id}/conversations (page 1 of 50)",
            () => $"/api/projects/{projectIds[random.Next(projectIds.Count)]}/conversations", $"≤ {TargetP95Ms} ms"));
        table.Add(await MeasureAsync(client, "GET /api/hitl", () => "/api/hitl", "-"));
        table.Print();
    }

    private static async Task<object[]> MeasureAsync(HttpClient client, string name, Func<string> path, string target)
    {
        for (var i = 0; i < 10; i++)
        {
            (await client.GetAsync(path())).EnsureSuccessStatusCode(); // warm-up: JIT, connection pool, plan cache
        }

        var times = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path());
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return [name, Stats.Percentile(times, 50), Stats.Percentile(times, 95), Stats.Percentile(times, 99), target];
    }

    private static async Task<List<Guid>> SeedAsync(string database, Guid tenantId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using (var seed = new NpgsqlCommand(ConsoleBenchmarkSeed.Sql, connection) { CommandTimeout = 600 })
        {
            seed.Parameters.AddWithValue("tenant_id", tenantId);
            seed.Parameters.AddWithValue("projects", Projects - 1);
            seed.Parameters.AddWithValue("per_project", ConversationsPerProject);
            await seed.ExecuteNonQueryAsync();
        }

        var ids = new List<Guid>();
        await using var read = new NpgsqlCommand("SELECT id FROM hyyve.projects WHERE tenant_id = @tenant_id", connection);
        read.Parameters.AddWithValue("tenant_id", tenantId);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
