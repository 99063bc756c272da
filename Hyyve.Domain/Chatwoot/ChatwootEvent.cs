namespace Hyyve.Domain.Chatwoot;

/// <summary>
/// The parts of a Chatwoot bot webhook Hyyve acts on, read tolerantly: older servers omit <c>account</c> on
/// conversation events and sign nothing. <see cref="MessageType"/> is the top-level string form
/// (<c>incoming|outgoing|template</c>); <see cref="ConversationId"/> is the display id used in API URLs;
/// <see cref="ConversationUpdatedAt"/> orders the status reports of events that arrive out of order.
/// </summary>
public sealed record ChatwootEvent(
    string Event,
    long? InboxId,
    long? ConversationId,
    string? ConversationStatus,
    long? MessageId,
    string? MessageType,
    bool Private,
    string? Content,
    string? SenderType,
    string? ContactName,
    Guid? HyyveAnswerId,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? ConversationUpdatedAt = null)
{
    public bool IsMessageEvent => Event is ChatwootEvents.MessageCreated or ChatwootEvents.MessageUpdated;

    /// <summary>The bot rule of CONTRACT §4.6: a new, public customer message in a conversation the bot owns.</summary>
    public bool WantsReply =>
        Event == ChatwootEvents.MessageCreated && MessageType == "incoming" && !Private
        && ConversationStatus == "pending" && MessageId is not null && ConversationId is not null
        && !string.IsNullOrWhiteSpace(Content);
}
