using Hyyve.Domain.Answering;

namespace Hyyve.Domain.Conversations;

/// <summary>Where answers and handoffs are recorded (RAG metadata), and found again so a retried job reuses its first answer.</summary>
public interface IAnswerRecords
{
    Task RecordAsync(AnswerRequest request, AnswerResult result, CancellationToken cancellationToken);

    Task<AnswerResult?> FindForMessageAsync(Guid projectId, long chatwootConversationId, long chatwootMessageId, CancellationToken cancellationToken);
}
