using Hyyve.FakeChatwoot;
using Hyyve.IntegrationTests.Infrastructure;

namespace Hyyve.IntegrationTests.BotLoop;

public sealed class IntakeDatabaseDownTests
{
    [Fact]
    public async Task A_webhook_while_the_database_is_down_gets_500_and_Chatwoots_retry_after_it_returns_is_answered_once()
    {
        TcpGate? database = null;
        // Chatwoot's own schedule is 3 attempts 3 s apart; more, faster attempts keep the test short, and leave room for
        // pooled connections that broke with the outage to fail once each after it.
        await using var world = await BotLoopWorld.StartAsync("dbdown",
            chatwoot: new FakeChatwootOptions { RetryDelay = TimeSpan.FromMilliseconds(500), WebhookAttempts = 20 },
            serverConnection: direct =>
            {
                var (gate, through) = TcpGate.For(direct);
                database = gate;
                return through;
            });
        await using var _ = database!;
        var conversation = world.StartConversation();

        database!.Close();
        var message = world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.Chatwoot.Deliveries.Any(d => d.MessageId == message.Id && d.StatusCode == 500),
            "intake answered 500 while the database was down");
        database.Open();

        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 1, "the bot answered the redelivered message");
        await world.SettleAsync();
        var attempts = world.Chatwoot.Deliveries.Where(d => d.MessageId == message.Id && d.Event == "message_created").ToList();
        Assert.Equal(200, attempts[^1].StatusCode);
        Assert.All(attempts[..^1], d => Assert.Equal(500, d.StatusCode));
        Assert.Single(world.BotMessages(conversation));
        Assert.Equal("pending", world.Status(conversation));
    }
}
