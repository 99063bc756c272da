using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

public sealed class FailureTests
{
    private const string MessagesEndpoint = "POST messages";

    [Fact]
    public async Task Two_429s_then_success_give_exactly_one_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("retry429");
        var conversation = world.StartConversation();
        world.Chatwoot.Faults.FailNext(MessagesEndpoint, 2, FakeFault.TooManyRequests);

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);

        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot replied after the throttling");
        await world.SettleAsync();
        Assert.Single(world.BotMessages(conversation));
        Assert.Equal(2, world.Chatwoot.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages") && r.StatusCode == 429));
    }

    [Fact]
    public async Task A_reply_that_Chatwoot_created_but_answered_500_is_not_posted_twice()
    {
        await using var world = await BotLoopWorld.StartAsync("lostanswer");
        var conversation = world.StartConversation();
        world.Chatwoot.Faults.FailNext(MessagesEndpoint, 1, FakeFault.FailAfterProcessing(500));

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);

        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count >= 1, "the reply landed");
        await Eventually.TrueAsync(async () => await world.ScalarAsync<string>(
            "SELECT state FROM hyyve.bot_posts WHERE part = 'reply'") == "posted", BotLoopWorld.Wait, "the retry found the echo");
        await world.SettleAsync();
        Assert.Single(world.BotMessages(conversation));
        Assert.Equal(2, await world.ScalarAsync<int>("SELECT attempts FROM hyyve.jobs WHERE kind = 'chatwoot-events'"));
        Assert.Equal(1, world.Chatwoot.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages")));
    }

    [Fact]
    public async Task A_permanently_failing_message_endpoint_ends_in_a_bot_failure_handoff_and_a_dead_job()
    {
        await using var world = await BotLoopWorld.StartAsync("deadjob", new Dictionary<string, string?> { ["Jobs:MaxAttempts"] = "2" });
        var conversation = world.StartConversation();
        world.Chatwoot.Faults.FailAlways(MessagesEndpoint, FakeFault.ServerError);

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);

        await world.WaitUntilAsync(() => world.Status(conversation) == "open", "the bot failed open to a human");
        await world.SettleAsync();
        Assert.Equal("dead", await world.ScalarAsync<string>("SELECT status FROM hyyve.jobs WHERE kind = 'chatwoot-events'"));
        Assert.Equal("bot_failure", await world.ScalarAsync<string>(
            $"SELECT handoff_reason FROM hyyve.conversations WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
        Assert.Equal(1, world.Chatwoot.Conversation(world.Account.Id, conversation.DisplayId).BotHandoffCount);
        Assert.Empty(world.BotMessages(conversation, isPrivate: null));
        Assert.Equal("bot_failure", await world.ScalarAsync<string>(
            $"SELECT reason FROM hyyve.chat_rag_metadata WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
        Assert.Equal(1, await world.ScalarAsync<int>(
            $"SELECT handoffs FROM hyyve.chat_conversation_analytics WHERE conversation_key = '{conversation.DisplayId}'"));
        Assert.Equal(0, await world.ScalarAsync<int>(
            $"SELECT answers FROM hyyve.chat_conversation_analytics WHERE conversation_key = '{conversation.DisplayId}'"));
    }
}
