using System.Net;
using System.Text.Json.Nodes;

namespace Hyyve.FakeChatwoot.Tests;

public sealed class ApplicationApiTests
{
    [Fact]
    public async Task Bot_token_creates_messages_but_cannot_list_them()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        var created = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken,
            new { content = "Try Settings → Security.", message_type = "outgoing" });
        var listed = await f.SendAsync(HttpMethod.Get, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken, hyphenated: false);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var json = (await FakeChatwootFixture.JsonOf(created))!;
        Assert.Equal(1, json["message_type"]!.GetValue<int>());
        Assert.Equal("agent_bot", json["sender"]!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, listed.StatusCode);
        Assert.Equal("Access to this endpoint is not authorized for bots", (await FakeChatwootFixture.JsonOf(listed))!["error"]!.GetValue<string>());
        Assert.Equal("pending", f.Fake.Conversation(f.Account.Id, c.DisplayId).Status);
    }

    [Fact]
    public async Task Message_create_drops_additional_attributes_and_keeps_content_attributes()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        var body = new JsonObject
        {
            ["content"] = "Answer",
            ["additional_attributes"] = new JsonObject { ["trace"] = "t-1" },
            ["content_attributes"] = new JsonObject { ["rag"] = new JsonObject { ["trace_id"] = "t-91" } },
        };

        var response = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken, body);
        var asString = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken,
            new { content = "Again", content_attributes = "{\"rag\":{\"trace_id\":\"t-92\"}}" });

        var json = (await FakeChatwootFixture.JsonOf(response))!.AsObject();
        Assert.False(json.ContainsKey("additional_attributes"));
        Assert.Equal("t-91", json["content_attributes"]!["rag"]!["trace_id"]!.GetValue<string>());
        var stored = f.Fake.Messages(f.Account.Id, c.DisplayId).Where(m => m.IsFromBot).ToList();
        Assert.Equal("t-91", stored[0].ContentAttributes!["rag"]!["trace_id"]!.GetValue<string>());
        Assert.Equal("t-92", stored[1].ContentAttributes!["rag"]!["trace_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, asString.StatusCode);
    }

    [Fact]
    public async Task Incoming_message_in_a_widget_inbox_and_bad_content_type_are_422()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        var incoming = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken,
            new { content = "x", message_type = "incoming" });
        var badType = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/messages"), f.Bot.AccessToken,
            new { content = "x", content_type = "bogus" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, incoming.StatusCode);
        Assert.Equal("Incoming messages are only allowed in Api inboxes", (await FakeChatwootFixture.JsonOf(incoming))!["error"]!.GetValue<string>());
        Assert.Equal("'bogus' is not a valid content_type", (await FakeChatwootFixture.JsonOf(badType))!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bot_toggle_status_open_on_pending_is_a_handoff_with_null_success()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        Assert.Equal("pending", c.Status);

        var response = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/toggle_status"), f.Bot.AccessToken, new { status = "open" });

        var payload = (await FakeChatwootFixture.JsonOf(response))!["payload"]!.AsObject();
        Assert.True(payload.ContainsKey("success"));
        Assert.Null(payload["success"]);
        Assert.Equal("open", payload["current_status"]!.GetValue<string>());
        Assert.Equal(c.DisplayId, payload["conversation_id"]!.GetValue<int>());
        Assert.Equal("open", f.Fake.Conversation(f.Account.Id, c.DisplayId).Status);
        Assert.Equal(1, f.Fake.Conversation(f.Account.Id, c.DisplayId).BotHandoffCount);
    }

    [Fact]
    public async Task User_toggle_status_reports_success_true()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        var response = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/toggle_status"), f.Admin.AccessToken, new { status = "resolved" });

        Assert.True((await FakeChatwootFixture.JsonOf(response))!["payload"]!["success"]!.GetValue<bool>());
        Assert.Equal(0, f.Fake.Conversation(f.Account.Id, c.DisplayId).BotHandoffCount);
    }

    [Fact]
    public async Task Auth_errors_have_chatwoot_bodies()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var other = f.Fake.CreateAccount("Other");
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        var invalid = await f.SendAsync(HttpMethod.Get, f.ConversationPath(c.DisplayId), "nope");
        var foreign = await f.SendAsync(HttpMethod.Get, $"api/v1/accounts/{other.Id}/inboxes", f.Admin.AccessToken);
        var missing = await f.SendAsync(HttpMethod.Get, f.ConversationPath(999), f.Admin.AccessToken);
        var platform = await f.SendAsync(HttpMethod.Get, f.ConversationPath(c.DisplayId), f.Fake.PlatformToken);

        Assert.Equal("Invalid Access Token", await ErrorOf(invalid, HttpStatusCode.Unauthorized));
        Assert.Equal("You are not authorized to access this account", await ErrorOf(foreign, HttpStatusCode.Unauthorized));
        Assert.Equal("Resource could not be found", await ErrorOf(missing, HttpStatusCode.NotFound));
        Assert.Equal("Access to this endpoint is not authorized for bots", await ErrorOf(platform, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Resolved_conversation_goes_back_to_pending_on_a_customer_message()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);
        f.Fake.SetStatus(f.Account.Id, c.DisplayId, "resolved", f.Admin.Id);

        f.Fake.CustomerSays(f.Account.Id, c.DisplayId, "one more thing");

        Assert.Equal("pending", f.Fake.Conversation(f.Account.Id, c.DisplayId).Status);
    }

    [Fact]
    public async Task Labels_replace_and_assignments_return_the_agent()
    {
        await using var f = await FakeChatwootFixture.StartAsync();
        var agent = f.Fake.CreateUser(f.Account.Id, "Sam Agent", "sam@acme.example", role: "agent");
        var c = f.Fake.StartConversation(f.Account.Id, f.Inbox.Id);

        await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/labels"), f.Bot.AccessToken, new { labels = new[] { "billing", "vip" } });
        var labels = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/labels"), f.Bot.AccessToken, new { labels = new[] { "vip" } });
        var assigned = await f.SendAsync(HttpMethod.Post, f.ConversationPath(c.DisplayId, "/assignments"), f.Bot.AccessToken, new { assignee_id = agent.Id });

        Assert.Equal("[\"vip\"]", (await FakeChatwootFixture.JsonOf(labels))!["payload"]!.ToJsonString());
        Assert.Equal("agent", (await FakeChatwootFixture.JsonOf(assigned))!["role"]!.GetValue<string>());
        var conversation = f.Fake.Conversation(f.Account.Id, c.DisplayId);
        Assert.Equal(agent.Id, conversation.AssigneeId);
        Assert.Equal(["vip"], conversation.Labels);
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return (await FakeChatwootFixture.JsonOf(response))!["error"]!.GetValue<string>();
    }
}
