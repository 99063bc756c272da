using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hyyve.IntegrationTests.Provisioning;

public sealed class ProvisioningRollbackTests
{
    [Fact]
    public async Task Rolling_back_a_finished_run_leaves_nothing_in_Chatwoot_or_Hyyve()
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-rollback");
        using var admin = world.Hyyve!.CreateClient();
        var started = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request(portal: new { name = "Help", slug = "help" }));
        var runId = started.GetProperty("id").GetGuid();
        await ProvisioningWorld.WaitForAsync(admin, runId, "succeeded");

        var rollback = await admin.PostAsync($"/api/provisioning/{runId}/rollback", null);
        var undone = await ProvisioningWorld.WaitForAsync(admin, runId, "rolled_back");
        await Eventually.TrueAsync(() => world.Chatwoot.PendingDeletes == 0, ProvisioningWorld.Wait, "Chatwoot's delete jobs ran");

        Assert.Equal(HttpStatusCode.Accepted, rollback.StatusCode);
        Assert.All(undone.GetProperty("steps").EnumerateArray(), s => Assert.Equal("compensated", s.GetProperty("state").GetString()));
        Assert.Empty(world.Chatwoot.Accounts());
        Assert.Empty(world.Chatwoot.Users());
        Assert.Empty(world.Chatwoot.AllAgentBots());
        Assert.Empty(world.Chatwoot.AllInboxes());
        Assert.Empty(world.Chatwoot.Portals());
        Assert.Equal(0L, await CountAsync(world.Database, "SELECT count(*) FROM hyyve.tenants"));
        Assert.Equal(0L, await CountAsync(world.Database, "SELECT count(*) FROM hyyve.projects"));
    }

    [Fact]
    public async Task Rolling_back_a_failed_run_undoes_what_it_made_and_keeps_an_adopted_administrator()
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-rollback-failed");
        using var admin = world.Hyyve!.CreateClient();
        var existing = world.Chatwoot.CreateAccount("Elsewhere");
        var ada = world.Chatwoot.CreateUser(existing.Id, "Ada Admin", "ada@acme.example");
        world.Chatwoot.Faults.FailAlways("POST /api/v1/accounts/{account_id}/inboxes/{inbox_id}/set_agent_bot", FakeFault.Status(404));
        var started = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request());
        var runId = started.GetProperty("id").GetGuid();
        await ProvisioningWorld.WaitForAsync(admin, runId, "failed");

        await admin.PostAsync($"/api/provisioning/{runId}/rollback", null);
        await ProvisioningWorld.WaitForAsync(admin, runId, "rolled_back");
        await Eventually.TrueAsync(() => world.Chatwoot.PendingDeletes == 0, ProvisioningWorld.Wait, "Chatwoot's delete jobs ran");

        Assert.Equal([existing.Id], world.Chatwoot.Accounts().Select(a => a.Id));
        Assert.Equal([ada.Id], world.Chatwoot.Users().Select(u => u.Id));
        Assert.Empty(world.Chatwoot.AllAgentBots());
        Assert.Empty(world.Chatwoot.AllInboxes());
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_same_run_and_provisions_once()
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-idempotent");
        using var admin = world.Hyyve!.CreateClient();

        var first = await admin.SendAsync(Post("tenant-acme-1"));
        var second = await admin.SendAsync(Post("tenant-acme-1"));
        var other = await admin.SendAsync(Post("tenant-acme-2"));
        var firstRun = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondRun = await second.Content.ReadFromJsonAsync<JsonElement>();
        var otherRun = await other.Content.ReadFromJsonAsync<JsonElement>();
        var runId = firstRun.GetProperty("id").GetGuid();
        await ProvisioningWorld.WaitForAsync(admin, runId, "succeeded");
        await ProvisioningWorld.WaitForAsync(admin, otherRun.GetProperty("id").GetGuid(), "succeeded");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal($"/api/provisioning/{runId}", first.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(runId, secondRun.GetProperty("id").GetGuid());
        Assert.NotEqual(runId, otherRun.GetProperty("id").GetGuid());
        Assert.Equal((1, 1, 1, 2, 0), world.Census(firstRun.GetProperty("tenantId").GetGuid()));
        Assert.Equal(2, world.Chatwoot.Accounts().Count);
    }

    private static HttpRequestMessage Post(string key)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/tenants") { Content = JsonContent.Create(ProvisioningWorld.Request()) };
        message.Headers.Add("Idempotency-Key", key);
        return message;
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
