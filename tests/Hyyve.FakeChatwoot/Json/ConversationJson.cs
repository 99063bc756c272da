using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Json;

/// <summary>Conversation shapes: <c>Conversation#webhook_data</c> (§1.4–1.5) and the show partial (§5.2).</summary>
internal static class ConversationJson
{
    public static JsonObject Webhook(FakeStore s, FakeConversation c)
    {
        var contactInbox = s.ContactInboxes[c.ContactInboxId];
        var lastChat = s.MessagesOf(c).LastOrDefault(m => !m.IsActivity && !m.Private);
        return new JsonObject
        {
            ["additional_attributes"] = c.AdditionalAttributes.DeepClone(),
            ["can_reply"] = true,
            ["channel"] = s.Inboxes[c.InboxId].ChannelType,
            ["contact_inbox"] = new JsonObject
            {
                ["id"] = contactInbox.Id,
                ["contact_id"] = contactInbox.ContactId,
                ["inbox_id"] = contactInbox.InboxId,
                ["source_id"] = contactInbox.SourceId,
                ["created_at"] = RailsJson.Iso(contactInbox.CreatedAt),
                ["updated_at"] = RailsJson.Iso(contactInbox.CreatedAt),
                ["hmac_verified"] = false,
                ["pubsub_token"] = contactInbox.PubsubToken,
            },
            ["id"] = c.DisplayId,
            ["inbox_id"] = c.InboxId,
            ["messages"] = lastChat is null ? new JsonArray() : new JsonArray(MessageJson.Push(s, lastChat)),
            ["labels"] = Labels(c),
            ["meta"] = new JsonObject
            {
                ["sender"] = ActorJson.ContactPush(s.Contacts[c.ContactId]),
                ["assignee"] = AssigneePush(s, c),
                ["assignee_type"] = AssigneeType(c),
                ["team"] = null,
                ["hmac_verified"] = false,
            },
            ["status"] = c.Status,
            ["custom_attributes"] = c.CustomAttributes.DeepClone(),
            ["snoozed_until"] = RailsJson.Iso(c.SnoozedUntil),
            ["unread_count"] = UnreadCount(s, c),
            ["first_reply_created_at"] = RailsJson.Iso(c.FirstReplyCreatedAt),
            ["priority"] = c.Priority,
            ["waiting_since"] = RailsJson.Epoch(c.WaitingSince),
            ["agent_last_seen_at"] = 0,
            ["contact_last_seen_at"] = RailsJson.Epoch(c.ContactLastSeenAt) ?? 0,
            ["last_activity_at"] = RailsJson.Epoch(c.LastActivityAt),
            ["timestamp"] = RailsJson.Epoch(c.LastActivityAt),
            ["created_at"] = RailsJson.Epoch(c.CreatedAt),
            ["updated_at"] = RailsJson.EpochFloat(c.UpdatedAt),
            ["account"] = ActorJson.Account(s.Accounts[c.AccountId]),
        };
    }

    /// <summary>The <c>_conversation</c> partial of <c>GET …/conversations/{id}</c>, not wrapped.</summary>
    public static JsonObject Show(FakeStore s, FakeConversation c)
    {
        var messages = s.MessagesOf(c);
        var meta = new JsonObject
        {
            ["sender"] = ActorJson.ContactPartial(s.Contacts[c.ContactId]),
            ["channel"] = s.Inboxes[c.InboxId].ChannelType,
        };
        if (AssigneeApi(s, c) is { } assignee)
        {
            meta["assignee"] = assignee;
            meta["assignee_type"] = AssigneeType(c);
        }

        meta["hmac_verified"] = false;
        var last = messages.LastOrDefault();
        var lastNonActivity = messages.LastOrDefault(m => !m.IsActivity);
        return new JsonObject
        {
            ["meta"] = meta,
            ["id"] = c.DisplayId,
            ["messages"] = last is null ? new JsonArray() : new JsonArray(MessageJson.Push(s, last)),
            ["account_id"] = c.AccountId,
            ["uuid"] = c.Uuid,
            ["additional_attributes"] = c.AdditionalAttributes.DeepClone(),
            ["agent_last_seen_at"] = 0,
            ["assignee_last_seen_at"] = 0,
            ["can_reply"] = true,
            ["contact_last_seen_at"] = RailsJson.Epoch(c.ContactLastSeenAt) ?? 0,
            ["custom_attributes"] = c.CustomAttributes.DeepClone(),
            ["inbox_id"] = c.InboxId,
            ["labels"] = Labels(c),
            ["muted"] = false,
            ["snoozed_until"] = RailsJson.Epoch(c.SnoozedUntil),
            ["status"] = c.Status,
            ["created_at"] = RailsJson.Epoch(c.CreatedAt),
            ["updated_at"] = RailsJson.EpochFloat(c.UpdatedAt),
            ["timestamp"] = RailsJson.Epoch(c.LastActivityAt),
            ["first_reply_created_at"] = RailsJson.Epoch(c.FirstReplyCreatedAt) ?? 0,
            ["unread_count"] = UnreadCount(s, c),
            ["last_non_activity_message"] = lastNonActivity is null ? null : MessageJson.Push(s, lastNonActivity),
            ["last_activity_at"] = RailsJson.Epoch(c.LastActivityAt),
            ["priority"] = c.Priority,
            ["waiting_since"] = RailsJson.Epoch(c.WaitingSince),
            ["sla_policy_id"] = null,
        };
    }

    public static int UnreadCount(FakeStore s, FakeConversation c) => s.MessagesOf(c).Count(m => m.MessageType == "incoming");

    public static JsonArray Labels(FakeConversation c) => new([.. c.Labels.Select(l => (JsonNode)l)]);

    public static string? AssigneeType(FakeConversation c) =>
        c.AssigneeAgentBotId is not null ? "AgentBot" : c.AssigneeId is not null ? "User" : null;

    private static JsonObject? AssigneePush(FakeStore s, FakeConversation c) =>
        c.AssigneeAgentBotId is int botId ? ActorJson.BotPush(s.Bots[botId])
        : c.AssigneeId is int userId ? ActorJson.UserPush(s.Users[userId])
        : null;

    private static JsonObject? AssigneeApi(FakeStore s, FakeConversation c) =>
        c.AssigneeAgentBotId is int botId ? ActorJson.BotSlim(s.Bots[botId])
        : c.AssigneeId is int userId ? ActorJson.Agent(s.Users[userId], c.AccountId)
        : null;
}
