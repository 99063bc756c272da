namespace Hyyve.Domain.Conversations;

/// <summary>The bot's conversation behaviour. Section <c>Conversations</c>.</summary>
public sealed class ConversationsOptions
{
    public const string SectionName = "Conversations";

    /// <summary>What the customer sees on a handoff, unless the project sets its own (<c>Conversations__HandoffMessage</c>).</summary>
    public string HandoffMessage { get; set; } = "I'm passing you to a member of our team, who will reply here shortly.";
}
