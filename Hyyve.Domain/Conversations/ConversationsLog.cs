using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Conversations;

internal static partial class ConversationsLog
{
    [LoggerMessage(2000, LogLevel.Warning, "Webhook for unknown tenant {TenantId}")]
    public static partial void UnknownTenant(ILogger logger, Guid tenantId);

    [LoggerMessage(2001, LogLevel.Warning, "Webhook for tenant {TenantId} failed authentication (signature, timestamp or URL token)")]
    public static partial void Unauthenticated(ILogger logger, Guid tenantId);

    [LoggerMessage(2002, LogLevel.Warning, "Malformed webhook for tenant {TenantId}: {Error}")]
    public static partial void Malformed(ILogger logger, Guid tenantId, string error);

    [LoggerMessage(2003, LogLevel.Warning, "Webhook for tenant {TenantId} from inbox {InboxId}, which no project answers; acknowledged and ignored")]
    public static partial void UnknownInbox(ILogger logger, Guid tenantId, long inboxId);

    [LoggerMessage(2004, LogLevel.Information, "Skipped message {MessageId} of conversation {ConversationId}: the bot no longer owns it")]
    public static partial void Skipped(ILogger logger, long messageId, long conversationId);

    [LoggerMessage(2005, LogLevel.Information, "Answered message {MessageId} of conversation {ConversationId} (confidence {Confidence:0.00})")]
    public static partial void Answered(ILogger logger, long messageId, long conversationId, double confidence);

    [LoggerMessage(2006, LogLevel.Information, "Handed off conversation {ConversationId} at message {MessageId}: {Reason}")]
    public static partial void HandedOff(ILogger logger, long conversationId, long messageId, string reason);

    [LoggerMessage(2007, LogLevel.Warning, "Handoff step {Step} of conversation {ConversationId} failed; continuing with the next step")]
    public static partial void HandoffStepFailed(ILogger logger, Exception exception, string step, long conversationId);

    [LoggerMessage(2008, LogLevel.Information, "Found the echo of {Part} of answer {AnswerId}; not posting it again")]
    public static partial void EchoFound(ILogger logger, string part, Guid answerId);

    [LoggerMessage(2009, LogLevel.Error, "Webhook for tenant {TenantId} could not be recorded: database unavailable; answering 500 so Chatwoot retries")]
    public static partial void DatabaseUnavailable(ILogger logger, Exception exception, Guid tenantId);

    [LoggerMessage(2010, LogLevel.Information, "Not answering message {MessageId}: Chatwoot already gave conversation {ConversationId} to humans (status {Status})")]
    public static partial void AlreadyWithHuman(ILogger logger, long messageId, long conversationId, string status);

    [LoggerMessage(2011, LogLevel.Warning, "Could not read the live status of conversation {ConversationId}; failing open without posting")]
    public static partial void LiveStatusUnknown(ILogger logger, Exception exception, long conversationId);
}
