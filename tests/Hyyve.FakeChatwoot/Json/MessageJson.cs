using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot.Json;

/// <summary>Message shapes: <c>webhook_data</c>, <c>push_event_data</c> and the API <c>_message</c> partial.</summary>
internal static class MessageJson
{
    /// <summary><c>Message#webhook_data</c> without <c>event</c> (§1.4, key order matters).</summary>
    public static JsonObject Webhook(FakeStore s, FakeMessage m)
    {
        var conversation = s.Conversations[m.ConversationId];
        var json = new JsonObject
        {
            ["account"] = ActorJson.Account(s.Accounts[m.AccountId]),
            ["additional_attributes"] = m.AdditionalAttributes.DeepClone(),
            ["content_attributes"] = RailsJson.Clone(m.ContentAttributes),
            ["content_type"] = m.ContentType,
            ["content"] = NormalizeForWebhook(m.Content),
            ["conversation"] = ConversationJson.Webhook(s, conversation),
            ["created_at"] = RailsJson.Iso(m.CreatedAt),
            ["id"] = m.Id,
            ["inbox"] = InboxJson.Webhook(s.Inboxes[m.InboxId]),
            ["message_type"] = m.MessageType,
            ["private"] = m.Private,
            ["sender"] = SenderWebhook(s, m),
            ["source_id"] = m.SourceId,
        };
        return json;
    }

    /// <summary><c>Message#push_event_data</c>: every column, then conversation and sender.</summary>
    public static JsonObject Push(FakeStore s, FakeMessage m)
    {
        var conversation = s.Conversations[m.ConversationId];
        return new JsonObject
        {
            ["id"] = m.Id,
            ["content"] = m.Content,
            ["account_id"] = m.AccountId,
            ["inbox_id"] = m.InboxId,
            ["conversation_id"] = m.ConversationDisplayId,
            ["message_type"] = m.MessageTypeCode,
            ["created_at"] = RailsJson.Epoch(m.CreatedAt),
            ["updated_at"] = RailsJson.Iso(m.UpdatedAt),
            ["private"] = m.Private,
            ["status"] = m.Status,
            ["source_id"] = m.SourceId,
            ["content_type"] = m.ContentType,
            ["content_attributes"] = RailsJson.Clone(m.ContentAttributes),
            ["sender_type"] = m.SenderType,
            ["sender_id"] = m.SenderId,
            ["external_source_ids"] = new JsonObject(),
            ["additional_attributes"] = m.AdditionalAttributes.DeepClone(),
            ["processed_message_content"] = m.Content,
            ["sentiment"] = new JsonObject(),
            ["conversation"] = new JsonObject
            {
                ["assignee_id"] = conversation.AssigneeId,
                ["unread_count"] = ConversationJson.UnreadCount(s, conversation),
                ["last_activity_at"] = RailsJson.Epoch(conversation.LastActivityAt),
                ["contact_inbox"] = new JsonObject { ["source_id"] = s.ContactInboxes[conversation.ContactInboxId].SourceId },
            },
            ["sender"] = SenderPush(s, m),
        };
    }

    /// <summary>The API <c>_message</c> partial; <c>message_type</c> is the integer.</summary>
    public static JsonObject Api(FakeStore s, FakeMessage m)
    {
        var json = new JsonObject { ["id"] = m.Id, ["content"] = m.Content, ["inbox_id"] = m.InboxId };
        if (m.EchoId is not null)
        {
            json["echo_id"] = m.EchoId;
        }

        json["conversation_id"] = m.ConversationDisplayId;
        json["message_type"] = m.MessageTypeCode;
        json["content_type"] = m.ContentType;
        json["status"] = m.Status;
        json["content_attributes"] = RailsJson.Clone(m.ContentAttributes);
        json["created_at"] = RailsJson.Epoch(m.CreatedAt);
        json["private"] = m.Private;
        json["source_id"] = m.SourceId;
        json["sender"] = SenderPush(s, m);
        return json;
    }

    private static JsonObject? SenderWebhook(FakeStore s, FakeMessage m) => m.SenderType switch
    {
        "Contact" => ActorJson.ContactWebhook(s, s.Contacts[m.SenderId!.Value]),
        "User" => ActorJson.UserWebhook(s.Users[m.SenderId!.Value]),
        "AgentBot" => ActorJson.BotWebhook(s.Bots[m.SenderId!.Value]),
        _ => null,
    };

    private static JsonObject? SenderPush(FakeStore s, FakeMessage m) => m.SenderType switch
    {
        "Contact" => ActorJson.ContactPush(s.Contacts[m.SenderId!.Value]),
        "User" => ActorJson.UserPush(s.Users[m.SenderId!.Value]),
        "AgentBot" => ActorJson.BotPush(s.Bots[m.SenderId!.Value]),
        _ => null,
    };

    /// <summary>Webhooks::WebhookContentNormalizer: CommonMark hard breaks become newlines, trailing newlines go.</summary>
    private static string? NormalizeForWebhook(string? content) =>
        content?.Replace("\\\r\n", "\n", StringComparison.Ordinal)
            .Replace("\\\n", "\n", StringComparison.Ordinal)
            .TrimEnd('\n', '\r');
}
