using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Hyyve.FakeChatwoot.Tests;

/// <summary>The Platform API quirks tenant provisioning meets (CONTRACT §6) and the administrator's Application API creates.</summary>
public sealed class ProvisioningApiTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Account_create_is_not_idempotent_and_the_index_lists_only_permissible_accounts_with_their_attributes()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var body = new { name = "Tenant A", custom_attributes = new { hyyve_tenant_id = "t-1" } };

        var first = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/accounts", f.Fake.PlatformToken, body)))!;
        var second = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/accounts", f.Fake.PlatformToken, body)))!;
        var index = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Get, "platform/api/v1/accounts", f.Fake.PlatformToken)))!.AsArray();

        Assert.NotEqual(first["id"]!.GetValue<int>(), second["id"]!.GetValue<int>());
        Assert.Equal("t-1", first["custom_attributes"]!["hyyve_tenant_id"]!.GetValue<string>());
        // The seeded account (not created by the platform app) is not listed.
        Assert.Equal([first["id"]!.GetValue<int>(), second["id"]!.GetValue<int>()], index.Select(a => a!["id"]!.GetValue<int>()));
        Assert.All(index, a => Assert.Equal("t-1", a!["custom_attributes"]!["hyyve_tenant_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Duplicate_email_returns_the_existing_user_grants_access_and_token_returns_its_access_token()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var token = f.Fake.PlatformToken;

        var before = await f.SendAsync(HttpMethod.Post, $"platform/api/v1/users/{f.Admin.Id}/token", token);
        var created = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/users", token,
            new { name = "Someone else", email = f.Admin.Email, password = "Passw0rd!" })))!;
        var after = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, $"platform/api/v1/users/{f.Admin.Id}/token", token)))!;

        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal("Non permissible resource", (await FakeChatwootFixture.JsonOf(before))!["error"]!.GetValue<string>());
        Assert.Equal(f.Admin.Id, created["id"]!.GetValue<int>());
        Assert.Equal("Ada Admin", created["name"]!.GetValue<string>());
        Assert.Equal(f.Admin.AccessToken, after["access_token"]!.GetValue<string>());
        Assert.Equal(f.Admin.Id, after["user"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Account_and_user_deletes_answer_at_once_and_take_effect_later_while_a_bot_delete_is_immediate()
    {
        // The delete jobs wait on the fake's clock, so "later" is when the test says, however slow the machine.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var f = await FakeChatwootFixture.StartAsync(time: time);
        var token = f.Fake.PlatformToken;
        var account = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/accounts", token, new { name = "Gone" })))!;
        var accountId = account["id"]!.GetValue<int>();
        var user = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/users", token,
            new { name = "Temp", email = "temp@gone.example", password = "Passw0rd!" })))!;
        var userId = user["id"]!.GetValue<int>();
        var inbox = f.Fake.CreateApiInbox(accountId, "Gone inbox");
        var bot = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/agent_bots", token, new { name = "B" })))!;
        var botId = bot["id"]!.GetValue<int>();

        var deleteAccount = await f.SendAsync(HttpMethod.Delete, $"platform/api/v1/accounts/{accountId}", token);
        var deleteUser = await f.SendAsync(HttpMethod.Delete, $"platform/api/v1/users/{userId}", token);
        var stillThere = await f.SendAsync(HttpMethod.Get, $"platform/api/v1/accounts/{accountId}", token);
        var deleteBot = await f.SendAsync(HttpMethod.Delete, $"platform/api/v1/agent_bots/{botId}", token);
        var botAfter = await f.SendAsync(HttpMethod.Get, $"platform/api/v1/agent_bots/{botId}", token);
        var pendingBefore = f.Fake.PendingDeletes;
        time.Advance(new FakeChatwootOptions().DeleteJobDelay);
        await f.Fake.WaitUntilAsync(() => f.Fake.PendingDeletes == 0, Wait);

        Assert.Equal(HttpStatusCode.OK, deleteAccount.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleteUser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(2, pendingBefore);
        Assert.Equal(HttpStatusCode.OK, deleteBot.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, botAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await f.SendAsync(HttpMethod.Get, $"platform/api/v1/accounts/{accountId}", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await f.SendAsync(HttpMethod.Get, $"platform/api/v1/users/{userId}", token)).StatusCode);
        Assert.DoesNotContain(f.Fake.AllInboxes(), i => i.Id == inbox.Id);
    }

    [Fact]
    public async Task Administrator_creates_inboxes_a_signed_bot_attaches_it_and_portal_slugs_are_unique_across_accounts()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var admin = f.Admin.AccessToken;
        var root = $"api/v1/accounts/{f.Account.Id}";
        var other = f.Fake.CreateAccount("Other");
        var otherAdmin = f.Fake.CreateUser(other.Id, "Oz", "oz@other.example");

        var widget = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, $"{root}/inboxes", admin,
            new { name = "Web", channel = new { type = "web_widget", website_url = "https://a.example" } })))!;
        var api = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, $"{root}/inboxes", admin,
            new { name = "Api", channel = new { type = "api" } })))!;
        var bot = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, $"{root}/agent_bots", admin,
            new { name = "Hyyve", outgoing_url = "http://127.0.0.1:9/hook" })))!;
        var attach = await f.SendAsync(HttpMethod.Post, $"{root}/inboxes/{widget["id"]}/set_agent_bot", admin,
            new JsonObject { ["agent_bot"] = bot["id"]!.GetValue<int>() });
        var portal = await f.SendAsync(HttpMethod.Post, $"{root}/portals", admin, new { portal = new { name = "Docs", slug = "acme-docs" } });
        var taken = await f.SendAsync(HttpMethod.Post, $"api/v1/accounts/{other.Id}/portals", otherAdmin.AccessToken,
            new { portal = new { name = "Docs", slug = "acme-docs" } });
        var portals = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Get, $"{root}/portals", admin)))!;
        var platformRefused = await f.SendAsync(HttpMethod.Post, $"{root}/inboxes", f.Fake.PlatformToken, new { name = "x", channel = new { type = "api" } });

        Assert.Equal("Channel::WebWidget", widget["channel_type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(widget["website_token"]!.GetValue<string>()));
        Assert.Equal("Channel::Api", api["channel_type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(bot["access_token"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(bot["secret"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, attach.StatusCode);
        Assert.Equal(bot["id"]!.GetValue<int>(), f.Fake.Inbox(widget["id"]!.GetValue<int>()).AgentBotId);
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Equal(["acme-docs"], portals["payload"]!.AsArray().Select(p => p!["slug"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Unauthorized, platformRefused.StatusCode);
    }

    [Fact]
    public async Task Inbox_and_portal_deletes_remove_them_and_a_second_delete_is_404()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var root = $"api/v1/accounts/{f.Account.Id}";
        await f.SendAsync(HttpMethod.Post, $"{root}/portals", f.Admin.AccessToken, new { portal = new { name = "Docs", slug = "gone-docs" } });

        var inbox = await f.SendAsync(HttpMethod.Delete, $"{root}/inboxes/{f.Inbox.Id}", f.Admin.AccessToken);
        var portal = await f.SendAsync(HttpMethod.Delete, $"{root}/portals/gone-docs", f.Admin.AccessToken);
        var portalAgain = await f.SendAsync(HttpMethod.Delete, $"{root}/portals/gone-docs", f.Admin.AccessToken);
        await f.Fake.WaitUntilAsync(() => f.Fake.PendingDeletes == 0, Wait);
        var inboxAgain = await f.SendAsync(HttpMethod.Delete, $"{root}/inboxes/{f.Inbox.Id}", f.Admin.AccessToken);

        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, portalAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inboxAgain.StatusCode);
        Assert.Empty(f.Fake.Portals());
    }

    [Fact]
    public async Task Faults_apply_to_the_new_platform_routes()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        f.Fake.Faults.FailNext("GET /platform/api/v1/accounts", 1, FakeFault.ServerError);
        f.Fake.Faults.FailNext("POST token", 1, FakeFault.TooManyRequests);

        var list = await f.SendAsync(HttpMethod.Get, "platform/api/v1/accounts", f.Fake.PlatformToken);
        var token = await f.SendAsync(HttpMethod.Post, $"platform/api/v1/users/{f.Admin.Id}/token", f.Fake.PlatformToken);

        Assert.Equal(HttpStatusCode.InternalServerError, list.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, token.StatusCode);
    }
}
