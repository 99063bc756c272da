using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.Domain.Jobs;
using Hyyve.Domain.Persistence;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.IntegrationTests.Foundation;

public sealed class JobQueueTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_job_runs_once()
    {
        var db = TestPostgres.CreateDatabase("jobonce");
        var probe = new JobProbe();
        await using var server = await StartAsync(db, probe);

        var id = await server.Get<PostgresJobQueue>().EnqueueAsync(Job(), null, CancellationToken.None);

        await Eventually.TrueAsync(async () => await StatusAsync(db, id!.Value) == "succeeded", Wait, "the job succeeded");

        // A succeeded job is never leased again, so one lease and one start now means once for good.
        Assert.Equal(1, await ScalarAsync<int>(db, $"SELECT attempts FROM hyyve.jobs WHERE id = {id}"));
        Assert.Equal(1, probe.StartsOf(id!.Value));
    }

    [Fact]
    public async Task Enqueue_with_a_dedupe_key_twice_creates_one_job()
    {
        var db = TestPostgres.CreateDatabase("jobdedupe");
        await using var server = await StartAsync(db, new JobProbe());
        var queue = server.Get<PostgresJobQueue>();

        var first = await queue.EnqueueAsync(Job() with { DedupeKey = "delivery-1" }, null, CancellationToken.None);
        var second = await queue.EnqueueAsync(Job() with { DedupeKey = "delivery-1" }, null, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task Two_thousand_jobs_across_two_servers_with_eight_workers_each_run_exactly_once()
    {
        var db = TestPostgres.CreateDatabase("jobmany");
        var (probeA, probeB) = (new JobProbe(), new JobProbe());
        var settings = new Dictionary<string, string?> { ["Jobs:WorkerCount"] = "4" };
        await using var serverA = await StartAsync(db, probeA, settings);
        await using var serverB = await StartAsync(db, probeB, settings);
        await using var dataSource = NpgsqlDataSource.Create(db);

        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var queue = serverA.Get<PostgresJobQueue>();
            for (var i = 0; i < 2000; i++)
            {
                await queue.EnqueueAsync(Job(), transaction, CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        await Eventually.TrueAsync(async () => await CountAsync(db, "succeeded") == 2000, TimeSpan.FromSeconds(120), "all 2,000 jobs succeeded");
        var runs = probeA.Starts.Concat(probeB.Starts).GroupBy(s => s.JobId).ToList();
        Assert.Equal(2000, runs.Count);
        Assert.All(runs, group => Assert.Single(group));
        Assert.NotEmpty(probeA.Starts);
        Assert.NotEmpty(probeB.Starts);
        Assert.Equal(0, probeA.OverlapCount + probeB.OverlapCount);
    }

    [Fact]
    public async Task A_job_whose_worker_died_is_run_again_after_its_lease_expires()
    {
        var db = TestPostgres.CreateDatabase("joblease");
        await using var dataSource = NpgsqlDataSource.Create(db);
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var deadWorkerQueue = new PostgresJobQueue(dataSource,
            Options.Create(new JobOptions { LeaseDuration = TimeSpan.FromSeconds(1) }), TimeProvider.System);
        var id = (await deadWorkerQueue.EnqueueAsync(Job(), null, CancellationToken.None))!.Value;
        var leased = await deadWorkerQueue.LeaseAsync("worker-that-dies", [RecordingJobHandler.JobKind], CancellationToken.None);
        Assert.Equal(id, leased!.Id);

        var probe = new JobProbe();
        await using var server = await StartAsync(db, probe, new Dictionary<string, string?> { ["Jobs:ReaperInterval"] = "00:00:00.200" });

        await Eventually.TrueAsync(async () => await StatusAsync(db, id) == "succeeded", Wait, "the abandoned job was re-run");
        var run = Assert.Single(probe.Starts);
        Assert.Equal(2, run.Attempt);
    }

    [Fact]
    public async Task Failing_job_backs_off_dead_letters_and_replays_through_the_admin_api()
    {
        var db = TestPostgres.CreateDatabase("jobdead");
        var probe = new JobProbe { Behaviour = (_, _) => throw new InvalidOperationException("boom") };
        await using var server = await StartAsync(db, probe, new Dictionary<string, string?>
        {
            ["Jobs:MaxAttempts"] = "3",
            ["Jobs:BaseBackoff"] = "00:00:00.200",
        });
        var id = (await server.Get<PostgresJobQueue>().EnqueueAsync(Job(), null, CancellationToken.None))!.Value;

        await Eventually.TrueAsync(() => probe.DeadLettered.Contains(id), Wait, "the job was dead-lettered");
        var starts = probe.Starts.Where(s => s.JobId == id).Select(s => s.At).ToList();
        Assert.Equal(3, starts.Count);
        Assert.True(starts[1] - starts[0] >= TimeSpan.FromMilliseconds(100), "second attempt waits at least half the base backoff");
        Assert.True(starts[2] - starts[1] >= TimeSpan.FromMilliseconds(200), "third attempt waits at least half of twice the base backoff");

        using var client = server.CreateClient();
        var dead = await client.GetFromJsonAsync<JsonElement>("/api/admin/jobs/dead");
        var listed = dead.EnumerateArray().Single(j => j.GetProperty("id").GetInt64() == id);
        Assert.Contains("boom", listed.GetProperty("lastError").GetString());

        probe.Behaviour = (_, _) => Task.CompletedTask;
        var replay = await client.PostAsync($"/api/admin/jobs/{id}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.TrueAsync(async () => await StatusAsync(db, id) == "succeeded", Wait, "the replayed job succeeded");
        Assert.Equal(4, probe.StartsOf(id));

        var again = await client.PostAsync($"/api/admin/jobs/{id}/replay", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Admin_job_routes_refuse_callers_without_the_admin_key()
    {
        await using var server = await StartAsync(TestPostgres.CreateDatabase("jobauth"), new JobProbe());

        using var anonymous = server.CreateClient(apiKey: null);
        using var wrongKey = server.CreateClient(apiKey: "hyv_not_a_key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/jobs/dead")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("/api/admin/jobs/dead")).StatusCode);
    }

    [Fact]
    public async Task Stopping_the_server_releases_a_running_job_without_counting_the_attempt()
    {
        var db = TestPostgres.CreateDatabase("jobstop");
        var probe = new JobProbe { Behaviour = (_, token) => Task.Delay(Timeout.Infinite, token) };
        var server = await StartAsync(db, probe, new Dictionary<string, string?> { ["Jobs:ShutdownGrace"] = "00:00:00.300" });
        var id = (await server.Get<PostgresJobQueue>().EnqueueAsync(Job(), null, CancellationToken.None))!.Value;
        await Eventually.TrueAsync(() => probe.StartsOf(id) == 1, Wait, "the job started");

        await server.DisposeAsync();

        Assert.Equal("ready", await StatusAsync(db, id));
        Assert.Equal(0, await ScalarAsync<int>(db, $"SELECT attempts FROM hyyve.jobs WHERE id = {id}"));
    }

    internal static JobRequest Job() => new(RecordingJobHandler.JobKind, "{}");

    internal static Task<TestServer> StartAsync(string db, JobProbe probe, IDictionary<string, string?>? settings = null) =>
        TestServer.StartAsync(db, settings, services =>
        {
            services.AddSingleton(probe);
            services.AddJobHandler<RecordingJobHandler>();
        });

    private static Task<string?> StatusAsync(string db, long id) => ScalarAsync<string?>(db, $"SELECT status FROM hyyve.jobs WHERE id = {id}");

    private static Task<long> CountAsync(string db, string status) =>
        ScalarAsync<long>(db, $"SELECT count(*) FROM hyyve.jobs WHERE status = '{status}'");

    private static async Task<T> ScalarAsync<T>(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
