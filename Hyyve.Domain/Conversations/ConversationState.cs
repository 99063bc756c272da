namespace Hyyve.Domain.Conversations;

/// <summary>What Hyyve knows of a conversation: Chatwoot's status, who handles it, and up to which message a handoff covers.</summary>
public sealed record ConversationState(Guid ProjectId, string Status, string HandledBy, long? HandoffAfterMessageId)
{
    /// <summary>False when a handoff already covers <paramref name="messageId"/> or the conversation is not the bot's.</summary>
    public bool BotMayAnswer(long messageId) =>
        Status == "pending" && (HandoffAfterMessageId is null || messageId > HandoffAfterMessageId);
}
