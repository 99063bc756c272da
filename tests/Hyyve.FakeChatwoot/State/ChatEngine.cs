using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.Webhooks;

namespace Hyyve.FakeChatwoot.State;

/// <summary>
/// Conversation and message behaviour of §4 (model callbacks and their events). Every method
/// expects the caller to hold <see cref="FakeStore.Gate"/>.
/// </summary>
internal sealed partial class ChatEngine(FakeStore s, EventSink events, FakeChatwootOptions options)
{
    public const string BotErrorActivity = "Conversation was marked open by system due to an error with the agent bot.";

    public FakeConversation StartConversation(FakeInbox inbox, FakeContactInbox contactInbox, JsonObject additionalAttributes)
    {
        var account = s.Accounts[inbox.AccountId];
        var now = s.Now;
        var conversation = new FakeConversation
        {
            Id = s.NextId("conversation"),
            DisplayId = ++account.LastDisplayId,
            AccountId = account.Id,
            InboxId = inbox.Id,
            ContactId = contactInbox.ContactId,
            ContactInboxId = contactInbox.Id,
            Uuid = Guid.NewGuid().ToString(),
            CreatedAt = now,
            UpdatedAt = now,
            LastActivityAt = now,
            WaitingSince = now,
            // determine_conversation_status: pending when the inbox has an active bot. No bot event on create.
            Status = inbox.AgentBotId is null ? "open" : "pending",
            AdditionalAttributes = additionalAttributes,
        };
        s.Conversations[conversation.Id] = conversation;
        s.MessagesByConversation[conversation.Id] = [];
        return conversation;
    }

    /// <summary>Message#prevent_message_flooding.</summary>
    public bool IsFlooded(FakeConversation c) =>
        s.MessagesOf(c).Count(m => m.CreatedAt > s.Now.AddMinutes(-1)) >= options.MessagesPerMinuteLimit;

    public FakeMessage AddMessage(FakeConversation c, MessageDraft draft)
    {
        var message = Persist(c, draft);
        if (message.MessageType == "incoming")
        {
            s.Contacts[c.ContactId].LastActivityAt = message.CreatedAt;
            Change(c, x => ReopenOnIncoming(x));
        }

        Change(c, x => TrackReplyTimes(x, message));
        c.LastActivityAt = message.CreatedAt;
        events.Message(message, "message_created");
        if (message.MessageType == "incoming")
        {
            RunTemplateHooks(c);
        }

        return message;
    }

    public void UpdateMessage(FakeMessage message, string? status, JsonNode? contentAttributes)
    {
        message.Status = status ?? message.Status;
        message.ContentAttributes = contentAttributes ?? message.ContentAttributes;
        message.UpdatedAt = s.Now;
        events.Message(message, "message_updated");
    }

    public FakeMessage AddActivity(FakeConversation c, string content) => Persist(c, new MessageDraft("activity", content));

    /// <summary>Conversation after_update_commit: status events first, then conversation_updated with the changes.</summary>
    public void Change(FakeConversation c, Action<FakeConversation> mutate)
    {
        var before = ConversationSnapshot.Of(c);
        mutate(c);
        var changes = before.Diff(ConversationSnapshot.Of(c));
        if (changes.Count == 0)
        {
            return;
        }

        c.UpdatedAt = s.Now;
        changes.Add(new JsonObject
        {
            ["updated_at"] = new JsonObject { ["previous_value"] = RailsJson.Iso(before.UpdatedAt), ["current_value"] = RailsJson.Iso(c.UpdatedAt) },
        });
        if (before.Status != c.Status)
        {
            if (c.Status is "open" or "resolved")
            {
                events.Conversation(c, c.Status == "open" ? "conversation_opened" : "conversation_resolved", null, withChanges: false);
            }

            // status_change is already cleared when the commit callback reads it, so this is null upstream (§1.5).
            events.Conversation(c, "conversation_status_changed", null, withChanges: true);
        }

        events.Conversation(c, "conversation_updated", changes, withChanges: true);
    }

    private FakeMessage Persist(FakeConversation c, MessageDraft d)
    {
        var now = s.Now;
        var message = new FakeMessage
        {
            Id = s.NextId("message"),
            AccountId = c.AccountId,
            InboxId = c.InboxId,
            ConversationId = c.Id,
            ConversationDisplayId = c.DisplayId,
            MessageType = d.MessageType,
            ContentType = d.ContentType,
            Content = d.Content,
            Private = d.Private,
            SourceId = d.SourceId,
            EchoId = d.EchoId,
            ContentAttributes = d.ContentAttributes ?? new JsonObject(),
            AdditionalAttributes = d.AdditionalAttributes ?? [],
            SenderType = d.SenderType,
            SenderId = d.SenderId,
            CreatedAt = now,
            UpdatedAt = now,
            ConversationStatusAtCreation = c.Status,
        };
        s.MessagesByConversation[c.Id].Add(message);
        return message;
    }
}
