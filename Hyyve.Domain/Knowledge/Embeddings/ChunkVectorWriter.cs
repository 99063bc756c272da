using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.Embeddings;

/// <summary>
/// Embeds one page of a project's chunks that have no vector yet and commits it, locking the page (<c>SKIP LOCKED</c>)
/// so that two workers on the same project share the work instead of embedding a chunk twice.
/// </summary>
internal sealed class ChunkVectorWriter(
    NpgsqlDataSource dataSource, ChunkEmbedder embedder, KnowledgeChanges changes, IOptions<KnowledgeOptions> options)
{
    /// <summary>Every chunk of the project still without a vector, a page at a time, each page visible at once; how many.</summary>
    public async Task<int> EmbedAllAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var embedded = 0;
        int page;
        while ((page = await EmbedPageAsync(projectId, Math.Max(1, options.Value.EmbeddingBatchSize), cancellationToken)) > 0)
        {
            embedded += page;
            changes.Changed(projectId);
        }

        return embedded;
    }

    /// <summary>How many chunks were embedded; 0 when none is left.</summary>
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
