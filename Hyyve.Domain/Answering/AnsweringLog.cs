using Microsoft.Extensions.Logging;

namespace Hyyve.Domain.Answering;

internal static partial class AnsweringLog
{
    [LoggerMessage(5000, LogLevel.Debug, "Project {ProjectId}: answer {AnswerId} decided {Decision} ({Reason}) at confidence {Confidence} in {TotalMs} ms")]
    public static partial void Answered(ILogger logger, Guid projectId, Guid answerId, AnswerDecision decision, HandoffReason? reason,
        double confidence, double totalMs);

    [LoggerMessage(5001, LogLevel.Information, "Project {ProjectId}: answer {AnswerId} was already recorded for conversation {ConversationId} message {MessageId}")]
    public static partial void AlreadyRecorded(ILogger logger, Guid projectId, Guid answerId, long? conversationId, long? messageId);
}
