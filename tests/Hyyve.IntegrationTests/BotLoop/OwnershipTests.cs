using Hyyve.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>The bot never posts into a conversation Chatwoot has given to humans (CONTRACT §3: a failed or timed-out
/// delivery opens a pending conversation, and the status events saying so may fail too).</summary>
public sealed class OwnershipTests
{
    [Fact]
    public async Task A_message_whose_intake_outlasted_Chatwoots_timeout_is_recorded_as_with_a_human_and_not_answered()
    {
        await using var world = await BotLoopWorld.StartAsync("slowintake");
        var conversation = world.StartConversation();

        long messageId;
        await using (var held = new NpgsqlConnection(world.ConnectionString))
        {
            // Every intake writes the delivery ledger first; holding the table makes intake slower than Chatwoot's 5 s.
            await held.OpenAsync();
            await using var slow = await held.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE hyyve.webhook_deliveries IN EXCLUSIVE MODE", held, slow))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            messageId = world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion).Id;
            await world.WaitUntilAsync(() => world.Status(conversation) == "open", "Chatwoot gave up on the delivery and opened the conversation");
            await slow.RollbackAsync();
        }

        await Eventually.TrueAsync(async () => await world.ScalarAsync<string>(
                $"SELECT reason FROM hyyve.chat_rag_metadata WHERE chatwoot_message_id = {messageId}") == "already_with_human",
            BotLoopWorld.Wait, "the late intake's answer job recorded that humans have the conversation");
        await world.SettleAsync();
        Assert.Equal("timeout", world.Chatwoot.Deliveries.First(d => d.MessageId == messageId).Error);
        Assert.Equal(1L, await world.ScalarAsync<long>(
            $"SELECT count(*) FROM hyyve.conversation_messages WHERE chatwoot_message_id = {messageId}"));
        Assert.Empty(world.BotMessages(conversation, isPrivate: null));
        Assert.Equal("handoff", await world.ScalarAsync<string>(
            $"SELECT decision FROM hyyve.chat_rag_metadata WHERE chatwoot_message_id = {messageId}"));
    }
}
