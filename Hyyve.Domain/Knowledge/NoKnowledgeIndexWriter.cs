namespace Hyyve.Domain.Knowledge;

/// <summary>The writer of the PostgreSQL index: nothing to do outside the ingestion transaction.</summary>
internal sealed class NoKnowledgeIndexWriter : IKnowledgeIndexWriter
{
    public Task ReplaceAsync(Guid projectId, IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteDocumentAsync(Guid projectId, string externalId, CancellationToken cancellationToken) => Task.CompletedTask;
}
