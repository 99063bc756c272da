namespace Hyyve.Domain.Jobs;

/// <summary>Answer one customer message (<see cref="JobKinds.AnswerMessage"/>). Ids are Chatwoot's: conversation display id, message id.</summary>
public sealed record AnswerMessageJob(Guid TenantId, Guid ProjectId, long ConversationId, long MessageId)
{
    /// <summary>One job per message, however often Chatwoot delivers it.</summary>
    public string DedupeKey => $"answer:{TenantId}:{MessageId}";
}
