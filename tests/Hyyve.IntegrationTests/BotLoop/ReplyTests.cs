using System.Text.Json.Nodes;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

public sealed class ReplyTests
{
    [Fact]
    public async Task A_customer_question_gets_exactly_one_cited_reply_with_public_metadata_only()
    {
        await using var world = await BotLoopWorld.StartAsync("reply");
        var conversation = world.StartConversation();

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);

        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot replied");
        await world.SettleAsync();
        var reply = Assert.Single(world.BotMessages(conversation));
        Assert.Contains("[1]", reply.Content);
        Assert.Contains("Settings", reply.Content);
        Assert.Equal("pending", world.Status(conversation));
        var hyyve = reply.ContentAttributes!["hyyve"]!.AsObject();
        Assert.True(Guid.TryParse(hyyve["answer_id"]!.GetValue<string>(), out _));
        Assert.InRange(hyyve["confidence"]!.GetValue<double>(), 0, 1);
        Assert.Contains(hyyve["sources"]!.AsArray(), s => s!["title"]!.GetValue<string>() == "Reset your password");
        Assert.Null(hyyve["retrieved"]);
        // The reply was posted with the bot token, never with the administrator's.
        var post = Assert.Single(world.Chatwoot.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/conversations/{conversation.DisplayId}/messages"));
        Assert.Equal("agent_bot", post.TokenKind);

        // The answer's metadata: one record with its retrieved sources (the cited one marked), and the conversation's analytics.
        var answerId = hyyve["answer_id"]!.GetValue<string>();
        Assert.Equal("chatwoot", await world.ScalarAsync<string>($"SELECT origin FROM hyyve.chat_rag_metadata WHERE answer_id = '{answerId}'"));
        Assert.Equal("answer", await world.ScalarAsync<string>($"SELECT decision FROM hyyve.chat_rag_metadata WHERE answer_id = '{answerId}'"));
        Assert.Equal("reset-password", await world.ScalarAsync<string>(
            $"SELECT external_id FROM hyyve.chat_rag_sources WHERE answer_id = '{answerId}' AND cited ORDER BY rank LIMIT 1"));
        Assert.Equal(1, await world.ScalarAsync<int>(
            $"SELECT answers FROM hyyve.chat_conversation_analytics WHERE conversation_key = '{conversation.DisplayId}'"));
    }

    [Fact]
    public async Task The_same_delivery_sent_three_times_gets_one_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("dedupe");
        var conversation = world.StartConversation();
        var question = world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot replied");

        var original = world.Chatwoot.Deliveries.First(d => d.MessageId == question.Id && d.Event == "message_created" && d.Succeeded);
        await world.Chatwoot.SendRawWebhookAsync(original);
        await world.Chatwoot.SendRawWebhookAsync(original);
        await world.SettleAsync();

        Assert.Single(world.BotMessages(conversation));
        Assert.Equal(1L, await world.ScalarAsync<long>("SELECT count(*) FROM hyyve.jobs WHERE kind = 'chatwoot-events'"));
    }

    [Fact]
    public async Task Outgoing_private_template_and_activity_messages_get_no_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("noreply");
        var conversation = world.StartConversation();
        var question = world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot answered the real question");

        world.Chatwoot.AgentSays(world.Account.Id, conversation.DisplayId, world.Admin.Id, "How do I reset my password? (agent)");
        world.Chatwoot.AgentSays(world.Account.Id, conversation.DisplayId, world.Admin.Id, "How do I reset my password? (note)", isPrivate: true);
        foreach (var type in new[] { "template", "activity" })
        {
            var body = SignedWebhook.Variant(world, question.Id, json =>
            {
                json["id"] = 900_000 + type.Length;
                json["message_type"] = type;
            });
            Assert.Equal(System.Net.HttpStatusCode.OK, await SignedWebhook.SendAsync(world, body));
        }

        await world.SettleAsync();
        Assert.Single(world.BotMessages(conversation));
        Assert.Equal(1L, await world.ScalarAsync<long>("SELECT count(*) FROM hyyve.jobs WHERE kind = 'chatwoot-events'"));
    }

    [Fact]
    public async Task A_conversation_that_is_open_gets_no_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("open");
        var conversation = world.StartConversation();
        world.Chatwoot.SetStatus(world.Account.Id, conversation.DisplayId, "open", world.Admin.Id);

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.SettleAsync();

        Assert.Empty(world.BotMessages(conversation, isPrivate: null));
    }
}
