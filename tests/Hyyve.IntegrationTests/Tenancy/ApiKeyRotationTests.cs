using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.BotLoop;

namespace Hyyve.IntegrationTests.Tenancy;

/// <summary>Tenant API keys are issued and revoked through the API, so a key can be replaced without downtime.</summary>
public sealed class ApiKeyRotationTests
{
    [Fact]
    public async Task A_tenant_issues_a_new_key_revokes_its_old_one_and_only_the_revoked_key_stops_working()
    {
        await using var world = await BotLoopWorld.StartAsync("keyrotation");
        using var asTenant = world.Hyyve.CreateClient(world.TenantKey);

        var response = await asTenant.PostAsJsonAsync($"/api/tenants/{world.TenantId}/api-keys", new { name = "console" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        var newKey = issued.GetProperty("key").GetString()!;
        Assert.StartsWith(issued.GetProperty("prefix").GetString()!, newKey);
        Assert.Equal("console", issued.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, await ListDocumentsAsync(world, newKey));
        var oldKeyId = await world.ScalarAsync<Guid>(
            $"SELECT id FROM hyyve.api_keys WHERE tenant_id = '{world.TenantId}' AND name <> 'console'");

        using var asNewKey = world.Hyyve.CreateClient(newKey);
        var revoked = await asNewKey.DeleteAsync($"/api/tenants/{world.TenantId}/api-keys/{oldKeyId}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ListDocumentsAsync(world, world.TenantKey));
        Assert.Equal(HttpStatusCode.OK, await ListDocumentsAsync(world, newKey));
        Assert.Equal(HttpStatusCode.NotFound, (await asNewKey.DeleteAsync($"/api/tenants/{world.TenantId}/api-keys/{oldKeyId}")).StatusCode);
        Assert.NotNull(await world.ScalarAsync<DateTime?>($"SELECT revoked_at FROM hyyve.api_keys WHERE id = '{oldKeyId}'"));
    }

    [Fact]
    public async Task A_tenant_key_cannot_issue_or_revoke_keys_of_another_tenant_but_the_admin_key_can()
    {
        await using var world = await BotLoopWorld.StartAsync("keyscope");
        using var asTenant = world.Hyyve.CreateClient(world.TenantKey);
        using var asAdmin = world.Hyyve.CreateClient();
        var other = Guid.NewGuid();

        var foreign = await asTenant.PostAsJsonAsync($"/api/tenants/{other}/api-keys", new { name = "x" });
        var byAdmin = await asAdmin.PostAsJsonAsync($"/api/tenants/{world.TenantId}/api-keys", new { name = "ops" });
        var unknown = await asAdmin.PostAsJsonAsync($"/api/tenants/{other}/api-keys", new { name = "x" });

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0L, await world.ScalarAsync<long>($"SELECT count(*) FROM hyyve.api_keys WHERE tenant_id = '{other}'"));
    }

    private static async Task<HttpStatusCode> ListDocumentsAsync(BotLoopWorld world, string key)
    {
        using var client = world.Hyyve.CreateClient(key);
        return (await client.GetAsync($"/api/projects/{world.ProjectId}/documents")).StatusCode;
    }
}
