using System.Text.Json.Nodes;
using Hyyve.FakeChatwoot.State;

namespace Hyyve.FakeChatwoot;

/// <summary>The customer side and the agent UI side, for driving conversations from tests.</summary>
public sealed partial class FakeChatwootServer
{
    /// <summary>
    /// A visitor opens the widget and starts a conversation: pending when the inbox has an active bot, otherwise open.
    /// Like Chatwoot, this sends nothing to the bot.
    /// </summary>
    public FakeConversation StartConversation(int accountId, int inboxId, string contactName = "Jane Doe", string? contactEmail = null)
    {
        lock (_store.Gate)
        {
            var inbox = _store.Inboxes.GetValueOrDefault(inboxId);
            if (inbox is null || inbox.AccountId != accountId)
            {
                throw new ArgumentException($"No inbox {inboxId} in account {accountId}.");
            }

            var contactInbox = _provisioner.CreateContact(inbox, contactName, contactEmail, null, null);
            var attributes = new JsonObject
            {
                ["browser_language"] = "en",
                ["browser"] = new JsonObject
                {
                    ["browser_name"] = "Chrome", ["browser_version"] = "126.0.0.0", ["device_name"] = "Unknown",
                    ["platform_name"] = "macOS", ["platform_version"] = "10.15.7",
                },
                ["referer"] = inbox.WebsiteUrl,
            };
            return _engine.StartConversation(inbox, contactInbox, attributes);
        }
    }

    /// <summary>The customer writes in the widget: an incoming message, which fires <c>message_created</c>.</summary>
    public FakeMessage CustomerSays(int accountId, int displayId, string content)
    {
        lock (_store.Gate)
        {
            var c = RequireConversation(accountId, displayId);
            return _engine.AddMessage(c, new MessageDraft("incoming", content, "Contact", c.ContactId,
                ContentAttributes: new JsonObject { ["in_reply_to"] = null }));
        }
    }

    /// <summary>A human agent replies (or writes a private note) from the dashboard.</summary>
    public FakeMessage AgentSays(int accountId, int displayId, int userId, string content, bool isPrivate = false)
    {
        lock (_store.Gate)
        {
            var c = RequireConversation(accountId, displayId);
            var user = RequireMember(accountId, userId);
            return _engine.AddMessage(c, new MessageDraft("outgoing", content, "User", user.Id, Private: isPrivate));
        }
    }

    /// <summary>An agent changes the status (e.g. back to <c>pending</c>); without a user it is a system change with no activity message.</summary>
    public void SetStatus(int accountId, int displayId, string status, int? userId = null, DateTimeOffset? snoozedUntil = null)
    {
        lock (_store.Gate)
        {
            var c = RequireConversation(accountId, displayId);
            var actor = userId is int id ? Actor.Of(RequireMember(accountId, id)) : null;
            _engine.ChangeStatus(c, status, actor, snoozedUntil);
        }
    }

    /// <summary>Assign a human agent (null unassigns), as from the dashboard.</summary>
    public void AssignAgent(int accountId, int displayId, int? assigneeId, int? byUserId = null)
    {
        lock (_store.Gate)
        {
            var c = RequireConversation(accountId, displayId);
            var assignee = assigneeId is int a ? RequireMember(accountId, a) : null;
            var actor = byUserId is int by ? Actor.Of(RequireMember(accountId, by)) : null;
            _engine.AssignUser(c, assignee, actor);
        }
    }

    /// <summary>Change a message (status or content_attributes), which fires <c>message_updated</c>.</summary>
    public void UpdateMessage(int messageId, string? status = null, JsonNode? contentAttributes = null)
    {
        lock (_store.Gate)
        {
            var message = _store.FindMessage(messageId) ?? throw new ArgumentException($"No message {messageId}.");
            _engine.UpdateMessage(message, status, contentAttributes?.DeepClone());
        }
    }

    public FakeConversation Conversation(int accountId, int displayId)
    {
        lock (_store.Gate)
        {
            return RequireConversation(accountId, displayId);
        }
    }

    public IReadOnlyList<FakeConversation> Conversations(int accountId)
    {
        lock (_store.Gate)
        {
            return [.. _store.Conversations.Values.Where(c => c.AccountId == accountId).OrderBy(c => c.DisplayId)];
        }
    }

    /// <summary>All messages of a conversation in creation order, activity messages and private notes included.</summary>
    public IReadOnlyList<FakeMessage> Messages(int accountId, int displayId)
    {
        lock (_store.Gate)
        {
            return [.. _store.MessagesOf(RequireConversation(accountId, displayId))];
        }
    }

    public FakeContact Contact(int contactId)
    {
        lock (_store.Gate)
        {
            return _store.Contacts.GetValueOrDefault(contactId) ?? throw new ArgumentException($"No contact {contactId}.");
        }
    }

    private FakeConversation RequireConversation(int accountId, int displayId) =>
        _store.FindConversation(accountId, displayId)
        ?? throw new ArgumentException($"No conversation {displayId} in account {accountId}.");

    private FakeUser RequireMember(int accountId, int userId) =>
        _store.Users.TryGetValue(userId, out var user) && user.RoleIn(accountId) is not null
            ? user
            : throw new ArgumentException($"User {userId} is not a member of account {accountId}.");
}
