using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;
using static Hyyve.IntegrationTests.HelpCenter.HelpCenterWorld;

namespace Hyyve.IntegrationTests.HelpCenter;

public sealed class SyncCrashTests
{
    [Fact]
    public async Task A_server_killed_mid_sync_leaves_a_run_the_next_process_completes_and_the_index_matches_the_portal()
    {
        await using var world = await StartAsync("hccrash", startHyyve: false);
        var articles = world.SeedPortal(published: 110, drafts: 5);
        var settings = new Dictionary<string, string?>(Settings())
        {
            // Short, so the killed run's job is leased again soon; not shorter, because Chatwoot calls must finish within two
            // thirds of a lease (connecting the tenant makes several) even on a loaded machine.
            ["Jobs:LeaseDuration"] = "00:00:06",
            ["Jobs:ReaperInterval"] = "00:00:00.500",
            ["Jobs:PollInterval"] = "00:00:00.500",
        };
        var port = ServerProcess.FreePort();
        var first = await ServerProcess.StartAsync(world.ConnectionString, port, settings);
        using (var admin = new HttpClient { BaseAddress = first.BaseAddress })
        {
            admin.DefaultRequestHeaders.Authorization = new("Bearer", TestServer.AdminKey);
            await world.ConnectAsync(admin);
        }

        world.Chatwoot.Faults.FailAlways("GET articles", FakeChatwoot.FakeFault.Delay(TimeSpan.FromMilliseconds(400)));
        using var client = world.TenantClient(first.BaseAddress);
        var started = await (await client.PostAsync($"{world.ProjectPath}/sync", null)).Content.ReadFromJsonAsync<JsonElement>();
        var runId = started.GetProperty("id").GetGuid();
        await Eventually.TrueAsync(async () =>
            await world.CountAsync($"SELECT pages_read FROM hyyve.sync_runs WHERE id = '{runId}'") >= 2, Wait, "two pages were written");

        first.Kill();
        var writtenBeforeKill = (await world.SyncedAsync()).Count;
        world.Chatwoot.Faults.Clear();
        await using var second = await ServerProcess.StartAsync(world.ConnectionString, ServerProcess.FreePort(), settings);
        using var secondClient = world.TenantClient(second.BaseAddress);
        var run = await world.WaitForRunAsync(secondClient, runId);
        var synced = await world.SyncedAsync();

        Assert.InRange(writtenBeforeKill, 1, 109);
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(2, run.GetProperty("attempts").GetInt32());
        Assert.Equal(articles.Where(a => a.Status == "published").Select(ExternalId).Order(), synced.Keys.Order());
        Assert.Equal(110L, await world.CountAsync("SELECT count(DISTINCT document_id) FROM hyyve.chunks"));
    }
}
