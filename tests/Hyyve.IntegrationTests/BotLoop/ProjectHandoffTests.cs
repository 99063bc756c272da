namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>A project's own confidence threshold and handoff message, and the private note agents get on a
/// <c>low_confidence</c> handoff.</summary>
public sealed class ProjectHandoffTests
{
    private const string OwnMessage = "Thanks! A colleague from Acme support takes it from here.";

    [Fact]
    public async Task Below_the_projects_own_threshold_a_good_answer_becomes_a_low_confidence_handoff_with_the_projects_message_and_a_draft()
    {
        // The password question is answered well under the server's default threshold (ReplyTests); this project asks for more.
        await using var world = await BotLoopWorld.StartAsync("ownthreshold", project: new ProjectSettings(0.99, OwnMessage));
        var conversation = world.StartConversation();

        world.CustomerSays(conversation, KnowledgeFixture.PasswordQuestion);

        await world.WaitUntilAsync(() => world.Status(conversation) == "open", "the conversation was handed off");
        await world.SettleAsync();
        Assert.Equal(OwnMessage, Assert.Single(world.BotMessages(conversation)).Content);
        var note = Assert.Single(world.BotMessages(conversation, isPrivate: true)).Content!;
        Assert.Contains("Reason: low_confidence.", note);
        Assert.Contains("(threshold 0.99)", note);
        Assert.Contains($"Question: {KnowledgeFixture.PasswordQuestion}", note);
        Assert.Matches(@"Top sources:\n1\. Reset your password \(score \d\.\d{3}\) — https://help\.acme\.example/articles/reset-password", note);
        const string draftHeading = "Draft answer (not sent to the customer):\n";
        var draft = await world.ScalarAsync<string>(
            $"SELECT draft_text FROM hyyve.chat_rag_metadata WHERE chatwoot_conversation_id = {conversation.DisplayId}");
        Assert.Contains("Settings", draft);
        Assert.EndsWith(draftHeading + draft, note);
        Assert.Equal("low_confidence", await world.ScalarAsync<string>(
            $"SELECT handoff_reason FROM hyyve.conversations WHERE chatwoot_conversation_id = {conversation.DisplayId}"));
        var confidence = await world.ScalarAsync<float>(
            $"SELECT confidence FROM hyyve.chat_rag_metadata WHERE chatwoot_conversation_id = {conversation.DisplayId}");
        Assert.InRange(confidence, 0.25f, 0.99f);
    }
}
