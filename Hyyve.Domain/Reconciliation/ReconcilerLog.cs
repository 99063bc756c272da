using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Reconciliation;

internal static partial class ReconcilerLog
{
    [LoggerMessage(9000, LogLevel.Warning, "Answer job of message {MessageId} (conversation {ConversationId}, tenant {TenantId}) was lost; submitted again")]
    public static partial void Resubmitted(ILogger logger, long messageId, long conversationId, Guid tenantId);

    [LoggerMessage(9001, LogLevel.Warning, "Message {MessageId} (conversation {ConversationId}, tenant {TenantId}) got no answer and is too old to answer now")]
    public static partial void Expired(ILogger logger, long messageId, long conversationId, Guid tenantId);

    [LoggerMessage(9002, LogLevel.Debug, "Reconciler pass skipped: another process holds the reconciler lock")]
    public static partial void Skipped(ILogger logger);

    [LoggerMessage(9003, LogLevel.Error, "Reconciler pass failed; the next scheduled pass tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
