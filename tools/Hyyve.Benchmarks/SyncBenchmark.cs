using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.LocalWorld;
using Npgsql;

namespace Hyyve.Benchmarks;

/// <summary>
/// Help Center sync of a 1,000-article portal through the fake Chatwoot: the first full sync and a resync with nothing
/// changed, next to the baseline of reading every page of the fake's list with a plain HTTP client in the same run.
/// Rows written are counted from the knowledge tables' row versions, not taken from the run's own counts.
/// </summary>
internal static class SyncBenchmark
{
    private const int Articles = 1_000;
    private const int Resyncs = 3;
    private const string Slug = "bench-help";

    public static async Task RunAsync()
    {
        var database = BenchDatabase.Create("sync");
        await using var world = await ConnectedWorld.StartAsync(new LocalWorldOptions
        {
            AccountName = "Bench",
            Environment = "Benchmark",
            PortalSlug = Slug,
            Settings =
            {
                ["Database:ConnectionString"] = database,
                ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
                ["HelpCenter:SchedulerEnabled"] = "false",
            },
        });
        Seed(world);
        using var hyyve = world.CreateClient();
        var table = new Table($"Help Center sync ({Articles} published articles, {Articles / 25} pages; embedding: {Embedding(world)})",
            "step", "wall ms", "run ms", "pages", "created", "updated", "deleted", "unchanged", "rows written");

        var baseline = new List<double>();
        for (var i = 0; i < Resyncs; i++)
        {
            baseline.Add(await ListEveryPageAsync(world));
        }

        table.Add("fake list, every page, plain HTTP (baseline)", Stats.Percentile(baseline, 50), "-", Articles / 25 + 1, "-", "-", "-", "-", "-");
        table.Add(await MeasureAsync(world, hyyve, database, "first sync"));
        for (var i = 1; i <= Resyncs; i++)
        {
            table.Add(await MeasureAsync(world, hyyve, database, $"resync {i}, nothing changed"));
        }

        table.Print();
        Console.WriteLine("Target for a resync with nothing changed: at most 2000 ms and 0 rows written.");
    }

    private static void Seed(ConnectedWorld world)
    {
        var portal = world.Chatwoot.CreatePortal(world.Account.Id, "Bench Help", Slug, customDomain: "help.bench.example");
        for (var i = 0; i < Articles; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, 4).Select(s =>
                $"## Part {s}\n\nArticle {i} explains setting {i * 7 + s} of feature {i % 97}. Open settings, choose option {s}, then save."));
            world.Chatwoot.CreateArticle(portal.Id, $"How feature {i % 97} works, case {i}", body, world.Agent.Id,
                description: $"Summary of case {i}.");
        }
    }

    private static async Task<object[]> MeasureAsync(ConnectedWorld world, HttpClient hyyve, string database, string step)
    {
        var before = await RowVersionsAsync(database);
        var clock = Stopwatch.StartNew();
        var started = await (await hyyve.PostAsync($"/api/projects/{world.ProjectId}/sync", null)).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        var runId = started.GetProperty("id").GetGuid();
        JsonElement run;
        do
        {
            await Task.Delay(10);
            run = await hyyve.GetFromJsonAsync<JsonElement>($"/api/projects/{world.ProjectId}/sync/{runId}");
        }
        while (run.GetProperty("status").GetString() is "queued" or "running");

        var wall = clock.Elapsed.TotalMilliseconds;
        var after = await RowVersionsAsync(database);
        var written = after.Count(row => !before.TryGetValue(row.Key, out var xmin) || xmin != row.Value)
            + before.Keys.Count(id => !after.ContainsKey(id));
        var c = run.GetProperty("counts");
        return [$"{step} ({run.GetProperty("status").GetString()})", wall, run.GetProperty("durationMs").GetInt64(), c.GetProperty("pagesRead").GetInt32(),
            c.GetProperty("created").GetInt32(), c.GetProperty("updated").GetInt32(), c.GetProperty("deleted").GetInt32(),
            c.GetProperty("unchanged").GetInt32(), written];
    }

    /// <summary>GETs every page as a client with no work to do would, until the short page.</summary>
    private static async Task<double> ListEveryPageAsync(ConnectedWorld world)
    {
        using var http = new HttpClient { BaseAddress = world.Chatwoot.BaseUrl };
        http.DefaultRequestHeaders.Add("Api-Access-Token", world.Agent.AccessToken);
        var clock = Stopwatch.StartNew();
        for (var page = 1; ; page++)
        {
            var list = await http.GetFromJsonAsync<JsonElement>($"api/v1/accounts/{world.Account.Id}/portals/{Slug}/articles?locale=en&page={page}");
            if (list.GetProperty("payload").GetArrayLength() < 25)
            {
                return clock.Elapsed.TotalMilliseconds;
            }
        }
    }

    /// <summary>Row id → xmin of every document and chunk: a row written since has a new xmin, or is new, or is gone.</summary>
    private static async Task<Dictionary<string, uint>> RowVersionsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT 'd' || id::text, xmin FROM hyyve.documents UNION ALL SELECT 'c' || id::text, xmin FROM hyyve.chunks", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, uint>();
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = reader.GetFieldValue<uint>(1);
        }

        return versions;
    }

    private static string Embedding(ConnectedWorld world) =>
        world.Hyyve.Services.GetService(typeof(Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>)) is { } model
            ? model.GetType().Name
            : "none configured, full text only";
}
