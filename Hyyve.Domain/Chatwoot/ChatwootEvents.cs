namespace Hyyve.Domain.Chatwoot;

/// <summary>Event names Chatwoot sends to agent bots (v4.15).</summary>
public static class ChatwootEvents
{
    public const string MessageCreated = "message_created";
    public const string MessageUpdated = "message_updated";
    public const string ConversationOpened = "conversation_opened";
    public const string ConversationResolved = "conversation_resolved";
    public const string ConversationStatusChanged = "conversation_status_changed";
    public const string ConversationUpdated = "conversation_updated";
    public const string WebwidgetTriggered = "webwidget_triggered";
}
