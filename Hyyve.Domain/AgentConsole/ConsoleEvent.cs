using System.Text.Json.Serialization;
using Hyyve.Domain.Chatwoot;

namespace Hyyve.Domain.AgentConsole;

/// <summary>
/// A live console update, from what webhook intake recorded: <c>message</c> (with the sender's role), <c>status</c> (with the
/// conversation's new status), <c>hitl</c> (the conversation opened for humans, so the queue changed).
/// </summary>
public sealed record ConsoleEvent(
    [property: JsonIgnore] string Type,
    [property: JsonIgnore] Guid TenantId,
    Guid ProjectId,
    long ConversationId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status = null)
{
    /// <summary>The events one recorded webhook yields.</summary>
    public static IEnumerable<ConsoleEvent> From(Guid tenantId, Guid projectId, ChatwootEvent evt)
    {
        var conversation = evt.ConversationId!.Value;
        if (evt.Event == ChatwootEvents.MessageCreated && evt.MessageType is "incoming" or "outgoing" or "template")
        {
            yield return new ConsoleEvent("message", tenantId, projectId, conversation,
                Role: ConversationThread.Role(evt.MessageType, evt.Private, evt.SenderType));
        }
        else if (!evt.IsMessageEvent && evt.ConversationStatus is { } status)
        {
            yield return new ConsoleEvent("status", tenantId, projectId, conversation, Status: status);
            yield return new ConsoleEvent("hitl", tenantId, projectId, conversation);
        }
    }

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, ConsoleJsonContext.Default.ConsoleEvent);
}

/// <summary>Receives console events after intake committed them. Hyyve.Server broadcasts them to open event streams;
/// without a sink (Hyyve.Functions) nothing is sent.</summary>
public interface IConsoleEventSink
{
    void Publish(ConsoleEvent consoleEvent);
}
