namespace Hyyve.Domain.Conversations;

/// <summary>The bot's conversation behaviour. Section <c>Conversations</c>.</summary>
public sealed class ConversationsOptions
{
    public const string SectionName = "Conversations";

    /// <summary>What the customer sees on a handoff, unless the project sets its own (<c>Conversations__HandoffMessage</c>).</summary>
    public string HandoffMessage { get; set; } = "I'm passing you to a member of our team, who will reply here shortly.";

    /// <summary>A job whose delivery arrived longer ago than this (or that is retried, or was accepted by another process or
    /// before a restart) reads the conversation's live status from Chatwoot before posting. Keep it below Chatwoot's
    /// <c>WEBHOOK_TIMEOUT</c> (5 s), after which Chatwoot may have opened the conversation for humans.</summary>
    public TimeSpan LiveStatusCheckAfter { get; set; } = TimeSpan.FromSeconds(4);
}
