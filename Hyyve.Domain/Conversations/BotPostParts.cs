namespace Hyyve.Domain.Conversations;

/// <summary>The parts of an answer the bot posts; each is posted at most once per answer.</summary>
public static class BotPostParts
{
    public const string Reply = "reply";
    public const string HandoffMessage = "handoff_message";
    public const string HandoffNote = "handoff_note";
    public const string StatusOpen = "status_open";
}
