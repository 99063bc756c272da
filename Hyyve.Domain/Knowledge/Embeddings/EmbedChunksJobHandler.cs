using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.Embeddings;

/// <summary>
/// Embeds a project's chunks that have no vector yet, a page at a time, each page committed on its own: the listing
/// shows progress (<c>embeddedChunks</c>), a retry or a restart resumes with what is left, and two workers on the same
/// project share the work (<c>SKIP LOCKED</c>) instead of embedding a chunk twice.
/// </summary>
internal sealed class EmbedChunksJobHandler(
    NpgsqlDataSource dataSource, ChunkEmbedder embedder, KnowledgeChanges changes, IOptions<KnowledgeOptions> options) : IJobHandler
{
    public string Kind => JobKinds.EmbedChunks;

    public async Task HandleAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var payload = job.Read(KnowledgeJsonContext.Default.EmbedChunksJob);
        if (!embedder.IsEnabled)
        {
            return;
        }

        while (await EmbedPageAsync(payload.ProjectId, Math.Max(1, options.Value.EmbeddingBatchSize), cancellationToken) > 0)
        {
            changes.Changed(payload.ProjectId);
        }
    }

    public Task OnDeadLetteredAsync(LeasedJob job, string error, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<int> EmbedPageAsync(Guid projectId, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var page = new List<(Guid Id, string Text)>();
        await using (var select = new NpgsqlCommand("""
            SELECT id, title, heading_path, content FROM hyyve.chunks
            WHERE project_id = @project_id AND embedding IS NULL
            ORDER BY document_id, position
            LIMIT @limit FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            select.Parameters.AddWithValue("project_id", projectId);
            select.Parameters.AddWithValue("limit", pageSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add((reader.GetGuid(0), ChunkEmbedder.TextOf(reader.GetString(1), reader.GetString(2), reader.GetString(3))));
            }
        }

        if (page.Count == 0)
        {
            return 0;
        }

        var vectors = await embedder.EmbedTextsAsync(page.Select(p => p.Text).ToList(), cancellationToken);
        if (vectors.Count != page.Count)
        {
            // Writing nothing would leave the page unembedded and this loop picking it again for good.
            throw new InvalidOperationException($"The embedding model returned {vectors.Count} vectors for {page.Count} chunks.");
        }

        await DocumentStore.WriteEmbeddingsAsync(projectId, page.Select(p => p.Id).ToArray(), vectors, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return page.Count;
    }
}
