namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Keeps an external index in step with the documents PostgreSQL stores (PostgreSQL stays the system of record).
/// Ingestion calls it before it commits, so a failed index write rolls the batch back and the caller or the job retries;
/// both calls are idempotent. The PostgreSQL index needs nothing here: its chunks are written in the same transaction.
/// </summary>
public interface IKnowledgeIndexWriter
{
    /// <summary>Makes each document's chunks in the index exactly <paramref name="documents"/>' chunks (upsert by stable id,
    /// delete the rest).</summary>
    Task ReplaceAsync(Guid projectId, IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes every chunk of one document.</summary>
    Task DeleteDocumentAsync(Guid projectId, string externalId, CancellationToken cancellationToken);
}
