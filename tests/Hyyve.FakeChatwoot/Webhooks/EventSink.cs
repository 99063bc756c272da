using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.Json;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Webhooks;

/// <summary>
/// AgentBotListener: builds the payload synchronously (inside the caller's lock, like the SyncDispatcher)
/// and queues one delivery per receiving bot.
/// </summary>
internal sealed class EventSink(FakeStore store, WebhookDispatcher dispatcher)
{
    public void Message(FakeMessage message, string eventName)
    {
        // Message#webhook_sendable?: incoming, outgoing and template only.
        if (message.IsActivity)
        {
            return;
        }

        var conversation = store.Conversations[message.ConversationId];
        foreach (var bot in Recipients(conversation))
        {
            var payload = MessageJson.Webhook(store, message);
            payload["event"] = eventName;
            Enqueue(bot, eventName, payload, conversation, message.Id);
        }
    }

    public void Conversation(FakeConversation conversation, string eventName, JsonArray? changedAttributes, bool withChanges)
    {
        foreach (var bot in Recipients(conversation))
        {
            var payload = ConversationJson.Webhook(store, conversation);
            payload["event"] = eventName;
            if (withChanges)
            {
                payload["changed_attributes"] = changedAttributes?.DeepClone();
            }

            Enqueue(bot, eventName, payload, conversation, messageId: null);
        }
    }

    /// <summary>agent_bots_for: the assignee bot, then the active inbox bot, de-duplicated, with a URL.</summary>
    private IEnumerable<FakeAgentBot> Recipients(FakeConversation conversation)
    {
        int?[] ids = [conversation.AssigneeAgentBotId, store.Inboxes[conversation.InboxId].AgentBotId];
        return ids.OfType<int>().Distinct()
            .Select(id => store.Bots.GetValueOrDefault(id))
            .OfType<FakeAgentBot>()
            .Where(b => !string.IsNullOrEmpty(b.OutgoingUrl));
    }

    private void Enqueue(FakeAgentBot bot, string eventName, JsonObject payload, FakeConversation conversation, int? messageId) =>
        dispatcher.Enqueue(new WebhookJob(
            bot.Id,
            bot.OutgoingUrl!,
            bot.Secret,
            eventName,
            Guid.NewGuid().ToString(),
            RailsJson.Serialize(payload),
            conversation.AccountId,
            conversation.DisplayId,
            messageId));
}
