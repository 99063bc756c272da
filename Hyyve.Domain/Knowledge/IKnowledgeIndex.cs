namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Retrieval over one project's chunks. Every call names the project and an implementation must never return
/// another project's chunks. Results are document-level: the best chunk of each document, best first.
/// </summary>
public interface IKnowledgeIndex
{
    Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid projectId, KnowledgeQuery query, CancellationToken cancellationToken);

    /// <summary>The entities the project's documents are about; empty for knowledge without entities.</summary>
    Task<IReadOnlyList<KnowledgeEntity>> ListEntitiesAsync(Guid projectId, CancellationToken cancellationToken);
}
