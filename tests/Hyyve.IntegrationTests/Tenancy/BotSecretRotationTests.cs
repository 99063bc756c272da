using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hyyve.IntegrationTests.BotLoop;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.Tenancy;

/// <summary>An administrator resets the agent bot's secret in Chatwoot; Hyyve takes the new one without refusing the
/// deliveries still signed with the old one during the grace.</summary>
public sealed class BotSecretRotationTests
{
    [Fact]
    public async Task After_a_reset_the_new_secret_is_accepted_and_the_old_one_still_during_the_grace()
    {
        await using var world = await BotLoopWorld.StartAsync("secretgrace");
        var (oldSecret, newSecret, probe) = await ResetInChatwootAsync(world);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedWebhook.SendAsync(world, probe(), newSecret));

        var rotated = await RotateAsync(world, newSecret, world.TenantKey);

        var until = rotated.GetProperty("previousAcceptedUntil").GetDateTimeOffset();
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
        Assert.Equal(HttpStatusCode.OK, await SignedWebhook.SendAsync(world, probe(), newSecret));
        Assert.Equal(HttpStatusCode.OK, await SignedWebhook.SendAsync(world, probe(), oldSecret));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedWebhook.SendAsync(world, probe(), "a-secret-nobody-had"));
        // And end to end: Chatwoot signs with the new secret, the bot answers.
        var conversation = world.StartConversation();
        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot answered a delivery signed with the new secret");
    }

    [Fact]
    public async Task Once_the_grace_is_over_the_old_secret_is_refused()
    {
        await using var world = await BotLoopWorld.StartAsync("secretnograce", new Dictionary<string, string?> { ["Tenancy:BotSecretGrace"] = "00:00:00" });
        var (oldSecret, newSecret, probe) = await ResetInChatwootAsync(world);

        await RotateAsync(world, newSecret, TestServer.AdminKey);

        Assert.Equal(HttpStatusCode.OK, await SignedWebhook.SendAsync(world, probe(), newSecret));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedWebhook.SendAsync(world, probe(), oldSecret));
    }

    [Fact]
    public async Task A_rotation_without_a_secret_or_for_another_tenant_changes_nothing()
    {
        await using var world = await BotLoopWorld.StartAsync("secretbad");
        using var client = world.Hyyve.CreateClient(world.TenantKey);

        var empty = await client.PutAsJsonAsync($"/api/tenants/{world.TenantId}/bot-secret", new { secret = " " });
        var other = await client.PutAsJsonAsync($"/api/tenants/{Guid.NewGuid()}/bot-secret", new { secret = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("secret", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Null(await world.ScalarAsync<byte[]>($"SELECT previous_bot_secret_enc FROM hyyve.tenants WHERE id = '{world.TenantId}'"));
    }

    private static async Task<JsonElement> RotateAsync(BotLoopWorld world, string secret, string key)
    {
        using var client = world.Hyyve.CreateClient(key);
        var response = await client.PutAsJsonAsync($"/api/tenants/{world.TenantId}/bot-secret", new { secret });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Resets the secret through Chatwoot's API; the probe is a private note (no answer job) with a fresh id.</summary>
    private static async Task<(string Old, string New, Func<string> Probe)> ResetInChatwootAsync(BotLoopWorld world)
    {
        var conversation = world.StartConversation();
        var note = world.Chatwoot.AgentSays(world.Account.Id, conversation.DisplayId, world.Admin.Id, "internal", isPrivate: true);
        await world.WaitUntilAsync(() => world.Chatwoot.Deliveries.Any(d => d.MessageId == note.Id && d.Succeeded), "the note was delivered");
        var oldSecret = world.Bot.Secret!;
        using var http = new HttpClient { BaseAddress = world.Chatwoot.BaseUrl };
        http.DefaultRequestHeaders.Add("api_access_token", world.Admin.AccessToken);
        (await http.PostAsync($"api/v1/accounts/{world.Account.Id}/agent_bots/{world.BotId}/reset_secret", null)).EnsureSuccessStatusCode();
        var next = 1_000_000;
        return (oldSecret, world.Bot.Secret!, () => SignedWebhook.Variant(world, note.Id, json => json["id"] = JsonValue.Create(++next)));
    }
}
