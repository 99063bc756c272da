using System.Net;

namespace Hyyve.FakeChatwoot.Tests;

public sealed class AgentBotApiTests
{
    [Fact]
    public async Task Secret_is_shown_to_administrators_only_and_can_be_reset()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var agent = f.Fake.CreateUser(f.Account.Id, "Sam Agent", "sam@acme.example", role: "agent");
        var path = $"api/v1/accounts/{f.Account.Id}/agent_bots/{f.Bot.Id}";
        var original = f.Bot.Secret;

        var asAdmin = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Get, path, f.Admin.AccessToken)))!.AsObject();
        var asAgent = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Get, path, agent.AccessToken)))!.AsObject();
        var agentWrite = await f.SendAsync(HttpMethod.Patch, path, agent.AccessToken, new { name = "X" });
        var reset = (await FakeChatwootFixture.JsonOf(await f.SendAsync(HttpMethod.Post, path + "/reset_secret", f.Admin.AccessToken)))!;
        var patched = await f.SendAsync(HttpMethod.Patch, path, f.Admin.AccessToken, new { outgoing_url = "http://127.0.0.1:9/new" });

        Assert.Equal(original, asAdmin["secret"]!.GetValue<string>());
        Assert.False(asAgent.ContainsKey("secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, agentWrite.StatusCode);
        Assert.NotEqual(original, reset["secret"]!.GetValue<string>());
        Assert.Equal(f.Bot.Secret, reset["secret"]!.GetValue<string>());
        Assert.Equal(32, reset["secret"]!.GetValue<string>().Length);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("http://127.0.0.1:9/new", f.Fake.AgentBot(f.Bot.Id)!.OutgoingUrl);
    }

    [Fact]
    public async Task Set_agent_bot_returns_empty_200_and_new_conversations_start_pending()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var inbox = f.Fake.CreateWebWidgetInbox(f.Account.Id, "Second site");
        var before = f.Fake.StartConversation(f.Account.Id, inbox.Id);

        var response = await f.SendAsync(HttpMethod.Post, $"api/v1/accounts/{f.Account.Id}/inboxes/{inbox.Id}/set_agent_bot",
            f.Admin.AccessToken, new { agent_bot = f.Bot.Id });
        var after = f.Fake.StartConversation(f.Account.Id, inbox.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("open", before.Status);
        Assert.Equal("pending", after.Status);
        Assert.Equal(before.DisplayId + 1, after.DisplayId);
    }

    [Fact]
    public async Task Flood_guard_answers_422()
    {
        await using var f = await FakeChatwootFixture.StartAsync(messagesPerMinute: 2);
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        f.Fake.CustomerSays(f.Account.Id, c.DisplayId, "one");
        f.Fake.CustomerSays(f.Account.Id, c.DisplayId, "two");

        var response = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken, new { content = "three" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Validation failed: Too many messages", (await FakeChatwootFixture.JsonOf(response))!["error"]!.GetValue<string>());
    }
}
