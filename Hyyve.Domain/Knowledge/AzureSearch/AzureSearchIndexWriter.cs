using Azure.Search.Documents;
using Azure.Search.Documents.Models;

namespace Hyyve.Domain.Knowledge.AzureSearch;

/// <summary>
/// Writes chunks to the index: <c>MergeOrUpload</c> by stable chunk id, and a delete of the document's chunks that are
/// no longer there (a shorter re-post) or of all of them (a deleted document). The index has no delete-by-query, so a
/// document's chunk ids are read with a filtered search first.
/// </summary>
public sealed class AzureSearchIndexWriter(AzureSearchClients clients) : IKnowledgeIndexWriter
{
    private const int BatchSize = 1000; // the service's limit of actions per request

    public async Task ReplaceAsync(Guid projectId, IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken)
    {
        var actions = new List<IndexDocumentsAction<AzureSearchChunk>>();
        foreach (var document in documents)
        {
            var chunks = document.Chunks.Select((chunk, i) => new AzureSearchChunk
            {
                Id = StableIds.Chunk(projectId, document.Document.ExternalId, chunk.Position).ToString(),
                ProjectId = projectId.ToString(),
                ExternalId = document.Document.ExternalId,
                Position = chunk.Position,
                Title = document.Document.Title,
                HeadingPath = chunk.HeadingPath,
                Content = chunk.Text,
                Url = document.Document.Url,
                Entity = document.Document.Entity,
                Embedding = document.Embeddings?[i],
            }).ToList();
            var keep = chunks.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            actions.AddRange(chunks.Select(IndexDocumentsAction.MergeOrUpload));
            actions.AddRange((await ChunkIdsAsync(projectId, document.Document.ExternalId, cancellationToken))
                .Where(id => !keep.Contains(id)).Select(id => IndexDocumentsAction.Delete(new AzureSearchChunk { Id = id })));
        }

        await SendAsync(actions, cancellationToken);
    }

    public async Task DeleteDocumentAsync(Guid projectId, string externalId, CancellationToken cancellationToken) =>
        await SendAsync([.. (await ChunkIdsAsync(projectId, externalId, cancellationToken))
            .Select(id => IndexDocumentsAction.Delete(new AzureSearchChunk { Id = id }))], cancellationToken);

    private async Task<IReadOnlyList<string>> ChunkIdsAsync(Guid projectId, string externalId, CancellationToken cancellationToken)
    {
        var options = new SearchOptions { Filter = AzureSearchKnowledgeIndex.Filter(projectId, null, externalId), Size = BatchSize, Select = { "id" } };
        var response = await clients.Chunks.SearchAsync<AzureSearchChunk>("*", options, cancellationToken);
        var ids = new List<string>();
        await foreach (var result in response.Value.GetResultsAsync().WithCancellation(cancellationToken))
        {
            ids.Add(result.Document.Id);
        }

        return ids;
    }

    private async Task SendAsync(List<IndexDocumentsAction<AzureSearchChunk>> actions, CancellationToken cancellationToken)
    {
        foreach (var slice in actions.Chunk(BatchSize))
        {
            await clients.Chunks.IndexDocumentsAsync(IndexDocumentsBatch.Create(slice),
                new IndexDocumentsOptions { ThrowOnAnyError = true }, cancellationToken);
        }
    }
}
