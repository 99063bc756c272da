using System.Net;

namespace Hyyve.FakeChatwoot.Tests;

public sealed class PlatformApiTests
{
    [Fact]
    public async Task Provisioning_flow_yields_an_admin_who_can_create_a_bot_with_a_secret()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var token = f.Fake.PlatformToken;

        var account = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/accounts", token, new { name = "Tenant A" })))!;
        var user = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/users", token,
            new { name = "Tenant Admin", email = "admin@tenant-a.example", password = "Passw0rd!" })))!;
        var again = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/users", token,
            new { name = "Other", email = "admin@tenant-a.example", password = "Passw0rd!" })))!;
        var accountId = account["id"]!.GetValue<int>();
        var link = await f.SendAsync(HttpMethod.Post, $"platform/api/v1/accounts/{accountId}/account_users", token,
            new { user_id = user["id"]!.GetValue<int>(), role = "administrator" });
        var bot = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, $"api/v1/accounts/{accountId}/agent_bots",
            user["access_token"]!.GetValue<string>(), new { name = "HelpBot", outgoing_url = "http://127.0.0.1:9/hook" })))!.AsObject();
        var platformBot = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, "platform/api/v1/agent_bots", token,
            new { name = "SysBot", account_id = accountId })))!.AsObject();

        Assert.Equal(user["id"]!.GetValue<int>(), again["id"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        Assert.False(string.IsNullOrEmpty(bot["secret"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(bot["access_token"]!.GetValue<string>()));
        Assert.False(platformBot.ContainsKey("secret"));
    }

    [Fact]
    public async Task Platform_rejects_other_tokens_and_foreign_resources()
    {
        await using var f = await FakeChatwootFixture.StartAsync();

        var wrongToken = await f.SendAsync(HttpMethod.Post, "platform/api/v1/accounts", f.Admin.AccessToken, new { name = "x" });
        var foreign = await f.SendAsync(HttpMethod.Get, $"platform/api/v1/accounts/{f.Account.Id}", f.Fake.PlatformToken);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        Assert.Equal("Invalid access_token", (await FakeChatwootFixture.JsonOf(wrongToken))!["error"]!.GetValue<string>());
        Assert.Equal("Non permissible resource", (await FakeChatwootFixture.JsonOf(foreign))!["error"]!.GetValue<string>());
    }
}
