using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.Domain.Knowledge.HelpCenter;
using Hyyve.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hyyve.IntegrationTests.HelpCenter.HelpCenterWorld;

namespace Hyyve.IntegrationTests.HelpCenter;

public sealed class SyncScheduleTests
{
    [Fact]
    public async Task Each_due_sync_is_queued_once_however_many_processes_tick_at_the_same_time()
    {
        await using var world = await StartAsync("hcschedonce");
        world.SeedPortal(published: 2);
        await using var second = await TestServer.StartAsync(world.ConnectionString, Settings());
        var schedulers = new[] { world.Hyyve!, second }.SelectMany(s => Enumerable.Range(0, 5).Select(_ => s)).ToList();

        var queued = await Task.WhenAll(schedulers.Select(async server =>
        {
            await using var scope = server.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SyncScheduler>().EnqueueDueAsync(CancellationToken.None);
        }));

        Assert.Equal(1, queued.Sum());
        Assert.Equal(1L, await world.CountAsync("SELECT count(*) FROM hyyve.sync_runs WHERE trigger = 'schedule'"));
        Assert.Equal(1L, await world.CountAsync("SELECT count(*) FROM hyyve.jobs WHERE kind = 'helpcenter-sync'"));
        Assert.Equal(1L, await world.CountAsync("SELECT count(*) FROM hyyve.sync_state WHERE next_run_at > now()"));
    }

    [Fact]
    public async Task The_server_timer_syncs_a_connected_portal_on_its_own()
    {
        await using var world = await StartAsync("hcschedtimer", new Dictionary<string, string?>
        {
            ["HelpCenter:SchedulerEnabled"] = "true",
            ["HelpCenter:SchedulerInterval"] = "00:00:00.200",
        });
        world.SeedPortal(published: 3);

        await Eventually.TrueAsync(async () =>
            await world.CountAsync("SELECT count(*) FROM hyyve.sync_runs WHERE trigger = 'schedule' AND status = 'succeeded'") == 1,
            Wait, "the scheduled sync succeeded");

        Assert.Equal(3, (await world.SyncedAsync()).Count);
    }

    [Fact]
    public async Task A_project_schedule_is_validated_and_sets_the_next_run()
    {
        await using var world = await StartAsync("hcschedset");
        using var client = world.TenantClient();

        var bad = await client.PutAsJsonAsync($"{world.ProjectPath}/sync/schedule", new { schedule = "*/5 * * * *" });
        var good = await client.PutAsJsonAsync($"{world.ProjectPath}/sync/schedule", new { schedule = "0 30 3 * * *" });
        var listing = await client.GetFromJsonAsync<JsonElement>($"{world.ProjectPath}/sync");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"field\":\"schedule\"", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var schedule = listing.GetProperty("schedule");
        Assert.Equal("0 30 3 * * *", schedule.GetProperty("schedule").GetString());
        Assert.False(schedule.GetProperty("isDefault").GetBoolean());
        var next = schedule.GetProperty("nextRunAt").GetDateTimeOffset();
        Assert.Equal((3, 30, 0), (next.UtcDateTime.Hour, next.UtcDateTime.Minute, next.UtcDateTime.Second));
        Assert.InRange(next - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task A_long_sync_shows_pages_and_articles_so_far_while_it_runs()
    {
        await using var world = await StartAsync("hcprogress");
        world.SeedPortal(published: 100);
        world.Chatwoot.Faults.FailAlways("GET articles", FakeChatwoot.FakeFault.Delay(TimeSpan.FromMilliseconds(700)));
        using var client = world.TenantClient();
        var started = await (await client.PostAsync($"{world.ProjectPath}/sync", null)).Content.ReadFromJsonAsync<JsonElement>();
        var runId = started.GetProperty("id").GetGuid();

        JsonElement running = default;
        await Eventually.TrueAsync(async () =>
        {
            running = await client.GetFromJsonAsync<JsonElement>($"{world.ProjectPath}/sync/{runId}");
            return running.GetProperty("counts").GetProperty("pagesRead").GetInt32() >= 1;
        }, Wait, "the run recorded its first page");
        world.Chatwoot.Faults.Clear();
        var done = await world.WaitForRunAsync(client, runId);
        var again = await (await client.PostAsync($"{world.ProjectPath}/sync", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("running", running.GetProperty("status").GetString());
        Assert.InRange(running.GetProperty("counts").GetProperty("pagesRead").GetInt32(), 1, 4);
        Assert.Equal(25 * running.GetProperty("counts").GetProperty("pagesRead").GetInt32(),
            running.GetProperty("counts").GetProperty("articlesSeen").GetInt32());
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal(5, done.GetProperty("counts").GetProperty("pagesRead").GetInt32()); // 100 articles: four full pages and an empty one
        Assert.NotEqual(runId, again.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_run_whose_job_was_lost_no_longer_blocks_the_next_one()
    {
        await using var world = await StartAsync("hcstale");
        world.SeedPortal(published: 2);
        var lost = Guid.NewGuid();
        await world.CountAsync($"""
            INSERT INTO hyyve.sync_runs (id, project_id, trigger, status, queued_at, heartbeat_at)
            VALUES ('{lost}', '{world.ProjectId}', 'schedule', 'queued', now() - interval '2 hours', now() - interval '2 hours')
            RETURNING 1
            """);

        var run = await world.SyncAsync();
        using var client = world.TenantClient();
        var abandoned = await client.GetFromJsonAsync<JsonElement>($"{world.ProjectPath}/sync/{lost}");

        Assert.NotEqual(lost, run.GetProperty("id").GetGuid());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal("failed", abandoned.GetProperty("status").GetString());
        Assert.StartsWith("Abandoned", abandoned.GetProperty("error").GetString());
    }
}
