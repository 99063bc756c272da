using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hyyve.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hyyve.IntegrationTests.Provisioning;

public sealed class ProvisioningEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_provisioned_tenant_answers_in_each_inbox_from_that_projects_knowledge_only()
    {
        await using var world = await ProvisioningWorld.StartAsync("provision-e2e");
        using var admin = world.Hyyve!.CreateClient();
        var clock = Stopwatch.StartNew();

        var started = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request(portal: new { name = "Acme Help", slug = "help" }));
        var run = await ProvisioningWorld.WaitForAsync(admin, started.GetProperty("id").GetGuid(), "succeeded");
        clock.Stop();

        output.WriteLine(run.ToString());
        var result = run.GetProperty("result");
        var tenantId = result.GetProperty("tenantId").GetGuid();
        var calls = world.Chatwoot.Requests.Count;
        // account, user, account_user, token, bot, 2 × (inbox, set_agent_bot), portal: nothing looked up on the happy path.
        var firstServerTime = run.GetProperty("completedAt").GetDateTimeOffset() - run.GetProperty("createdAt").GetDateTimeOffset();
        output.WriteLine($"Chatwoot calls: {calls} (minimum 10); request to succeeded: {clock.ElapsedMilliseconds} ms "
                         + $"(run created to completed: {firstServerTime.TotalMilliseconds:0} ms, first run of a fresh process)");
        Assert.Equal(10, calls);
        Assert.Equal((1, 1, 1, 2, 1), world.Census(tenantId));
        var web = result.GetProperty("projects")[0];
        var api = result.GetProperty("projects")[1];
        var widget = world.Chatwoot.Inbox(web.GetProperty("inboxId").GetInt32());
        Assert.Equal(widget.WebsiteToken, web.GetProperty("websiteToken").GetString());
        Assert.Contains($"websiteToken:'{widget.WebsiteToken}'", web.GetProperty("widgetSnippet").GetString());
        Assert.Equal(JsonValueKind.Null, api.GetProperty("websiteToken").ValueKind);
        Assert.All(world.Chatwoot.AllInboxes(), i => Assert.Equal(result.GetProperty("botId").GetInt32(), i.AgentBotId));
        Assert.Equal($"{world.Hyyve.BaseAddress.ToString().TrimEnd('/')}/api/chatwoot/bot/{tenantId}", result.GetProperty("webhookUrl").GetString());
        Assert.EndsWith("-help", result.GetProperty("portalSlug").GetString());
        Assert.All(run.GetProperty("steps").EnumerateArray(), s => Assert.Equal("succeeded", s.GetProperty("state").GetString()));

        // The tenant key is shown once, and it works on the tenant's projects.
        var key = result.GetProperty("tenantApiKey").GetString()!;
        var again = await admin.GetFromJsonAsync<JsonElement>($"/api/provisioning/{run.GetProperty("id").GetGuid()}");
        Assert.Equal(JsonValueKind.Null, again.GetProperty("result").GetProperty("tenantApiKey").ValueKind);
        Assert.True(again.GetProperty("result").GetProperty("tenantApiKeyShown").GetBoolean());
        using var tenant = world.Hyyve.CreateClient(key);
        await LoadAsync(tenant, web.GetProperty("id").GetGuid(), "reset-password", "Reset your password",
            "To reset your password, open Settings, choose Security and click Reset password. The reset link is valid for 30 minutes.");
        await LoadAsync(tenant, api.GetProperty("id").GetGuid(), "partner-rate-limit", "Partner API rate limits",
            "The partner API accepts 100 requests per minute for each API key. Requests over the limit get status 429.");

        var accountId = result.GetProperty("accountId").GetInt32();
        var inWidget = world.Chatwoot.StartConversation(accountId, widget.Id);
        var inApi = world.Chatwoot.StartConversation(accountId, api.GetProperty("inboxId").GetInt32());
        var crossed = world.Chatwoot.StartConversation(accountId, api.GetProperty("inboxId").GetInt32(), "Jim");
        world.Chatwoot.CustomerSays(accountId, inWidget.DisplayId, "How do I reset my password?");
        world.Chatwoot.CustomerSays(accountId, inApi.DisplayId, "How many requests per minute does the partner API accept?");
        world.Chatwoot.CustomerSays(accountId, crossed.DisplayId, "How do I reset my password?");

        var widgetReply = await ReplyAsync(world, accountId, inWidget.DisplayId);
        var apiReply = await ReplyAsync(world, accountId, inApi.DisplayId);
        await Eventually.TrueAsync(() => world.Chatwoot.Conversation(accountId, crossed.DisplayId).Status == "open", ProvisioningWorld.Wait,
            "the API inbox handed off a question only the other project knows");
        Assert.Contains("Settings", widgetReply);
        Assert.Contains("100 requests", apiReply);
        Assert.DoesNotContain(world.Chatwoot.Messages(accountId, crossed.DisplayId), m => m.IsFromBot && !m.Private && m.Content!.Contains("Settings"));

        // A second tenant on the now warm server, for the time a provisioning takes once the process has started up.
        var callsBefore = world.Chatwoot.Requests.Count;
        var warm = Stopwatch.StartNew();
        var second = await ProvisioningWorld.PostAsync(admin, ProvisioningWorld.Request("Globex", portal: new { name = "Globex Help", slug = "help" }));
        var secondRun = await ProvisioningWorld.WaitForAsync(admin, second.GetProperty("id").GetGuid(), "succeeded");
        warm.Stop();
        // Only this tenant's calls: the first tenant's bot may still be posting its handoff meanwhile.
        var secondAccount = secondRun.GetProperty("result").GetProperty("accountId").GetInt32();
        var secondCalls = world.Chatwoot.Requests.Skip(callsBefore)
            .Count(r => r.Path.StartsWith("/platform/", StringComparison.Ordinal) || r.Path.StartsWith($"/api/v1/accounts/{secondAccount}/", StringComparison.Ordinal));
        var serverTime = secondRun.GetProperty("completedAt").GetDateTimeOffset() - secondRun.GetProperty("createdAt").GetDateTimeOffset();
        output.WriteLine($"second tenant: {secondCalls} Chatwoot calls (minimum 10); request to succeeded: {warm.ElapsedMilliseconds} ms "
                         + $"(run created to completed: {serverTime.TotalMilliseconds:0} ms)");
        Assert.Equal(10, secondCalls);
        Assert.Equal((1, 1, 1, 2, 1), world.Census(second.GetProperty("tenantId").GetGuid()));
    }

    private static async Task<string> ReplyAsync(ProvisioningWorld world, int accountId, int displayId)
    {
        string? reply = null;
        await Eventually.TrueAsync(() =>
        {
            reply = world.Chatwoot.Messages(accountId, displayId).FirstOrDefault(m => m.IsFromBot && !m.Private && m.Content!.Contains("[1]"))?.Content;
            return reply is not null;
        }, ProvisioningWorld.Wait, $"conversation {displayId} got a cited reply");
        return reply!;
    }

    private static async Task LoadAsync(HttpClient tenant, Guid projectId, string externalId, string title, string content)
    {
        var response = await tenant.PostAsJsonAsync($"/api/projects/{projectId}/documents",
            new { documents = new[] { new { externalId, title, content = $"# {title}\n{content}", contentType = "markdown" } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
