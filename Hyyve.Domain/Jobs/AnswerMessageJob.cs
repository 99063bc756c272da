namespace Hyyve.Domain.Jobs;

/// <summary>Answer one customer message (<see cref="JobKinds.AnswerMessage"/>). Ids are Chatwoot's: conversation display id, message id.
/// <see cref="AcceptedAt"/> and <see cref="AcceptedBy"/> say when intake began and which process ran it, so the job can tell
/// whether Chatwoot may have given up on the delivery meanwhile (null: unknown, e.g. a job the reconciler re-submitted).</summary>
public sealed record AnswerMessageJob(Guid TenantId, Guid ProjectId, long ConversationId, long MessageId,
    DateTimeOffset? AcceptedAt = null, Guid? AcceptedBy = null)
{
    /// <summary>One job per message, however often Chatwoot delivers it.</summary>
    public string DedupeKey => $"answer:{TenantId}:{MessageId}";
}
