using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

public sealed class BurstTests
{
    [Fact]
    public async Task Two_hundred_concurrent_conversations_each_get_exactly_one_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("burst");
        var conversations = Enumerable.Range(0, 200).Select(i => world.StartConversation($"Customer {i}")).ToList();

        await Task.WhenAll(conversations.Select(c => Task.Run(() => world.CustomerSays(c, KnowledgeFixture.PasswordQuestion))));

        await Eventually.TrueAsync(() => conversations.All(c => world.BotMessages(c).Count >= 1), TimeSpan.FromSeconds(120),
            "all 200 conversations were answered");
        await world.SettleAsync();
        Assert.All(conversations, c => Assert.Single(world.BotMessages(c)));
    }

    /// <summary>
    /// Deterministic: every reply POST is held by the fake until the kill, so exactly the worker count of replies is in
    /// flight when the process dies. Chatwoot then does what CONTRACT §3 says: it finishes the held posts, whose echoes
    /// fail and open those conversations, and the customers who write while Hyyve is down get their conversations opened
    /// too. The restarted server must answer every other conversation once and post nothing into the opened ones.
    /// </summary>
    [Fact]
    public async Task A_server_killed_mid_burst_answers_each_conversation_once_and_never_into_one_Chatwoot_opened_meanwhile()
    {
        const int workers = 4;
        await using var world = await BotLoopWorld.StartAsync("kill");
        var port = ServerProcess.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Tenancy:EncryptionKey"] = Convert.ToBase64String(new byte[32]),
            ["Jobs:LeaseDuration"] = "00:00:02",
            ["Jobs:ReaperInterval"] = "00:00:00.500",
            ["Jobs:WorkerCount"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Chatwoot:EchoWait"] = "00:00:01",
        };
        // Hand the bot over to an out-of-process server that the test can kill.
        await world.Hyyve.DisposeAsync();
        var server = await ServerProcess.StartAsync(world.ConnectionString, port, settings);
        await world.ReconnectAsync(server.BaseAddress);
        var held = new FakeGate();
        world.Chatwoot.Faults.FailAlways("POST messages", FakeFault.Hold(held));
        var conversations = Enumerable.Range(0, 40).Select(i => world.StartConversation($"Customer {i}")).ToList();

        foreach (var conversation in conversations)
        {
            world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        }

        await Eventually.TrueAsync(() => held.Waiting == workers && world.Chatwoot.PendingDeliveries == 0 && world.Chatwoot.Deliveries
            .Count(d => d.Event == "message_created" && d.Succeeded && d.Body.Contains("\"incoming\"")) == conversations.Count,
            TimeSpan.FromSeconds(60), "every customer message was acknowledged and every worker is posting a reply");
        server.Kill();
        world.Chatwoot.Faults.Clear();
        held.Open();
        await Eventually.TrueAsync(() => held.Waiting == 0 && conversations.Count(c => world.BotMessages(c).Count == 1) == workers,
            TimeSpan.FromSeconds(30), "Chatwoot finished the posts that were in flight");
        var inFlight = conversations.Where(c => world.BotMessages(c).Count == 1).ToList();
        await Eventually.TrueAsync(() => inFlight.All(c => world.Status(c) == "open"), TimeSpan.FromSeconds(30),
            "the echoes of those replies failed and Chatwoot opened their conversations");
        var followedUp = conversations.Except(inFlight).Take(10).ToList();
        foreach (var conversation in followedUp)
        {
            world.CustomerSays(conversation, "Hello? Is anyone there?");
        }

        await Eventually.TrueAsync(() => followedUp.All(c => world.Status(c) == "open"), TimeSpan.FromSeconds(30),
            "the follow-ups could not be delivered and Chatwoot opened those conversations");

        await using var restarted = await ServerProcess.StartAsync(world.ConnectionString, port, settings);
        var stillPending = conversations.Except(inFlight).Except(followedUp).ToList();
        await Eventually.TrueAsync(() => stillPending.All(c => world.BotMessages(c).Count >= 1), TimeSpan.FromSeconds(120),
            "every conversation still with the bot was answered after the restart");
        await Quiescence.WaitAsync(world.Chatwoot, world.QueueIdleAsync, TimeSpan.FromSeconds(60));

        Assert.All(conversations, c => Assert.DoesNotContain(world.Chatwoot.Messages(world.Account.Id, c.DisplayId),
            m => m.IsBotMessageInHumanConversation));
        Assert.All(stillPending, c => Assert.Single(world.BotMessages(c)));
        Assert.All(inFlight, c => Assert.Single(world.BotMessages(c, isPrivate: null)));
        Assert.All(followedUp, c => Assert.Empty(world.BotMessages(c, isPrivate: null)));
        Assert.Equal(followedUp.Count, await world.ScalarAsync<long>($"""
            SELECT count(*) FROM hyyve.chat_rag_metadata
            WHERE reason = 'already_with_human' AND chatwoot_conversation_id IN ({string.Join(",", followedUp.Select(c => c.DisplayId))})
            """));
        Assert.Contains(world.Chatwoot.Requests, r => r.Method == "GET" && r.RouteTemplate?.EndsWith("/conversations/{conversation_id}") == true
            && r.TokenKind == "agent_bot" && r.ResponseBody.Contains("\"status\":\"open\""));
    }
}
