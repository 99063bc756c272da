namespace Hyyve.IntegrationTests.BotLoop;

public sealed class HandoffTests
{
    [Fact]
    public async Task Asking_for_a_person_hands_off_and_the_bot_stays_silent_until_the_conversation_is_pending_again()
    {
        await using var world = await BotLoopWorld.StartAsync("handoff");
        var conversation = world.StartConversation();

        world.CustomerSays(conversation, "I want to talk to a person");

        await world.WaitUntilAsync(() => world.Status(conversation) == "open", "the conversation was handed off");
        await world.SettleAsync();
        var publicMessage = Assert.Single(world.BotMessages(conversation));
        Assert.Contains("team", publicMessage.Content);
        var note = Assert.Single(world.BotMessages(conversation, isPrivate: true));
        Assert.Contains("customer_request", note.Content);
        Assert.Contains("I want to talk to a person", note.Content);
        Assert.Equal(1, world.Chatwoot.Conversation(world.Account.Id, conversation.DisplayId).BotHandoffCount);
        Assert.Equal("customer_request", await world.ScalarAsync<string>(
            $"SELECT handoff_reason FROM hyyve.conversations WHERE chatwoot_conversation_id = {conversation.DisplayId}"));

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.SettleAsync();
        Assert.Single(world.BotMessages(conversation));

        world.Chatwoot.SetStatus(world.Account.Id, conversation.DisplayId, "pending", world.Admin.Id);
        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);
        await world.WaitUntilAsync(() => world.BotMessages(conversation).Count == 2, "the bot answered again after the handback");
        Assert.Contains("[1]", world.BotMessages(conversation)[^1].Content);
    }

    [Fact]
    public async Task A_message_reported_pending_but_delivered_after_the_handoff_gets_no_reply()
    {
        await using var world = await BotLoopWorld.StartAsync("latepending");
        var conversation = world.StartConversation();
        var request = world.CustomerSays(conversation, "I want to talk to a person");
        await world.WaitUntilAsync(() => world.Status(conversation) == "open", "the conversation was handed off");
        await world.SettleAsync();

        // Chatwoot delivers events out of order: a second message, created while the conversation was still pending,
        // arrives only now. Its conversation snapshot (status and updated_at) is from before the handoff.
        var late = SignedWebhook.Variant(world, request.Id, json =>
        {
            json["id"] = 880_001;
            json["content"] = KnowledgeFixture.PasswordQuestion;
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, await SignedWebhook.SendAsync(world, late));
        await world.SettleAsync();

        Assert.Single(world.BotMessages(conversation));
        Assert.Equal("open", await world.ScalarAsync<string>(
            $"SELECT status FROM hyyve.conversations WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
    }

    [Fact]
    public async Task A_question_nothing_in_the_knowledge_is_about_hands_off_as_missing_knowledge_with_the_context_for_agents()
    {
        await using var world = await BotLoopWorld.StartAsync("handoffknow");
        var conversation = world.StartConversation();

        world.CustomerSays(conversation, "Can you book me a table for four at the harbour restaurant tonight?");

        await world.WaitUntilAsync(() => world.Status(conversation) == "open", "the conversation was handed off");
        await world.SettleAsync();
        var note = Assert.Single(world.BotMessages(conversation, isPrivate: true));
        // Nothing in the password-and-billing knowledge is about restaurants: the knowledge is missing, not merely unsure.
        Assert.Contains("missing_knowledge", note.Content);
        Assert.DoesNotContain("low_confidence", note.Content);
        Assert.Contains("Confidence:", note.Content);
        Assert.Single(world.BotMessages(conversation));
        Assert.Equal("missing_knowledge", await world.ScalarAsync<string>(
            $"SELECT handoff_reason FROM hyyve.conversations WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
    }
}
