using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>A message POST whose outcome Hyyve cannot know (a timeout, a 500 after Chatwoot acted): the retry looks for
/// proof it landed (the echo, then the message list) before posting again, so the customer gets exactly one reply.</summary>
public sealed class UnknownOutcomeTests
{
    private const string MessagesEndpoint = "POST messages";

    [Fact]
    public async Task A_reply_POST_that_timed_out_before_Chatwoot_acted_is_posted_again_exactly_once()
    {
        // The client gives up after 1 s; the fake's delay is cut short with it, so nothing was created.
        await using var world = await BotLoopWorld.StartAsync("posttimeout", new Dictionary<string, string?> { ["Chatwoot:RequestTimeout"] = "00:00:01" });
        var conversation = world.StartConversation();
        world.Chatwoot.Faults.FailNext(MessagesEndpoint, 1, FakeFault.Delay(TimeSpan.FromSeconds(5)));

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);

        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the retry posted the reply");
        await world.SettleAsync();
        Assert.Single(world.BotMessages(conversation));
        Assert.Equal(2, world.Chatwoot.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages")));
        // Before posting again, the retry asked Chatwoot's message list (user token) whether the first POST had landed.
        Assert.Contains(world.Chatwoot.Requests, r => r.Method == "GET" && r.Path.EndsWith("/messages") && r.TokenKind == "user");
        Assert.Equal("posted", await world.ScalarAsync<string>("SELECT state FROM hyyve.bot_posts WHERE part = 'reply'"));
    }

    [Fact]
    public async Task A_reply_Chatwoot_created_but_answered_500_is_found_in_the_message_list_when_its_echo_is_late()
    {
        await using var world = await BotLoopWorld.StartAsync("listfallback");
        var conversation = world.StartConversation();
        var post = new FakeGate();
        world.Chatwoot.Faults.FailNext(MessagesEndpoint, 1, FakeFault.FailAfterProcessing(500).HeldBy(post));

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => post.Waiting == 1, "the reply POST reached Chatwoot");
        // From here on Chatwoot's webhooks wait in a backlog, so the echo of the reply arrives only after the retry looked.
        var backlog = new FakeGate();
        world.Chatwoot.HoldDeliveries(backlog);
        post.Open();

        await Eventually.TrueAsync(async () => await world.ScalarAsync<string>("SELECT state FROM hyyve.bot_posts WHERE part = 'reply'") == "posted",
            BotLoopWorld.Wait, "the retry found the reply in the message list");
        world.Chatwoot.HoldDeliveries(null);
        backlog.Open();
        await world.SettleAsync();

        var reply = Assert.Single(world.BotMessages(conversation));
        Assert.Equal(1, world.Chatwoot.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages")));
        Assert.Contains(world.Chatwoot.Requests, r => r.Method == "GET" && r.Path.EndsWith("/messages") && r.TokenKind == "user");
        Assert.Equal((long)reply.Id, await world.ScalarAsync<long>("SELECT chatwoot_message_id FROM hyyve.bot_posts WHERE part = 'reply'"));
    }

    [Fact]
    public async Task A_status_change_answered_503_twice_is_retried_and_the_handoff_completes_once()
    {
        await using var world = await BotLoopWorld.StartAsync("toggle5xx");
        var conversation = world.StartConversation();
        world.Chatwoot.Faults.FailNext("POST toggle_status", 2, FakeFault.Status(503));

        world.CustomerSays(conversation, "I want to talk to a human please");

        await world.WaitUntilAsync(() => world.Status(conversation) == "open", "the handoff went through after the 503s");
        await world.SettleAsync();
        Assert.Equal(3, world.Chatwoot.Requests.Count(r => r.Path.EndsWith("/toggle_status")));
        Assert.Equal(1, world.Chatwoot.Conversation(world.Account.Id, conversation.DisplayId).BotHandoffCount);
        Assert.Single(world.BotMessages(conversation));
        Assert.Single(world.BotMessages(conversation, isPrivate: true));
    }
}
