using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.Embeddings;

/// <summary>
/// Embeds a project's chunks a page at a time, each page committed on its own and locked (<c>SKIP LOCKED</c>) so that two
/// workers on the same project share the work instead of embedding a chunk twice. First every chunk without a vector, so
/// that the whole project is found by meaning as soon as possible; then the answer sentences of every chunk without
/// theirs, so that answering a question only embeds the question (until then its sentences are embedded when asked about).
/// </summary>
internal sealed class ChunkVectorWriter(
    NpgsqlDataSource dataSource, ChunkEmbedder embedder, KnowledgeChanges changes, IOptions<KnowledgeOptions> options)
{
    /// <summary>Every chunk of the project still without a vector, then every one without its sentences' vectors; how many
    /// chunks got a vector.</summary>
    public async Task<int> EmbedAllAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var pageSize = Math.Max(1, options.Value.EmbeddingBatchSize);
        var embedded = 0;
        int page;
        while ((page = await EmbedPageAsync(projectId, "embedding IS NULL", pageSize, WriteChunkVectorsAsync, cancellationToken)) > 0)
        {
            embedded += page;
            changes.Changed(projectId);
        }

        while (await EmbedPageAsync(projectId, "embedding IS NOT NULL AND sentence_embeddings IS NULL", pageSize, WriteSentenceVectorsAsync,
                   cancellationToken) > 0)
        {
        }

        return embedded;
    }

    /// <summary>Locks one page of the chunks meeting <paramref name="condition"/>, writes their vectors and commits; how many
    /// chunks it held (0 when none is left).</summary>
    private async Task<int> EmbedPageAsync(Guid projectId, string condition, int pageSize,
        Func<Guid, List<PendingChunk>, NpgsqlTransaction, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var page = await LockPageAsync(projectId, condition, pageSize, transaction, cancellationToken);
        if (page.Count == 0)
        {
            return 0;
        }

        await write(projectId, page, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return page.Count;
    }

    private async Task WriteChunkVectorsAsync(Guid projectId, List<PendingChunk> page, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var vectors = await EmbedAsync(page.Select(c => ChunkEmbedder.TextOf(c.Title, c.HeadingPath, c.Content)).ToList(), cancellationToken);
        await DocumentStore.WriteEmbeddingsAsync(projectId, page.Select(c => c.Id).ToArray(), vectors, transaction, cancellationToken);
    }

    private async Task WriteSentenceVectorsAsync(Guid projectId, List<PendingChunk> page, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var readings = page.Select(c => SourceSentence.Readings(SourceSentence.Of(c.HeadingPath, c.Content))).ToList();
        // One call for the whole page: the model batches texts of similar length together.
        var vectors = await EmbedAsync(readings.SelectMany(r => r).ToList(), cancellationToken);
        var flat = new List<float[]>(page.Count);
        var next = 0;
        foreach (var chunkReadings in readings)
        {
            flat.Add(vectors.GetRange(next, chunkReadings.Count).SelectMany(v => v).ToArray());
            next += chunkReadings.Count;
        }

        await DocumentStore.WriteSentenceEmbeddingsAsync(projectId, page.Select(c => c.Id).ToArray(), flat, transaction, cancellationToken);
    }

    private static async Task<List<PendingChunk>> LockPageAsync(Guid projectId, string condition, int pageSize,
        NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // The condition is one of this class's two constants, never input.
        await using var select = new NpgsqlCommand($"""
            SELECT id, title, heading_path, content FROM hyyve.chunks
            WHERE project_id = @project_id AND {condition}
            ORDER BY document_id, position
            LIMIT @limit FOR UPDATE SKIP LOCKED
            """, transaction.Connection, transaction);
        select.Parameters.AddWithValue("project_id", projectId);
        select.Parameters.AddWithValue("limit", pageSize);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var page = new List<PendingChunk>();
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new PendingChunk(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return page;
    }

    private async Task<List<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = texts.Count == 0 ? [] : await embedder.EmbedTextsAsync(texts, cancellationToken);
        if (vectors.Count != texts.Count)
        {
            // Writing nothing would leave the page unembedded and this loop picking it again for good.
            throw new InvalidOperationException($"The embedding model returned {vectors.Count} vectors for {texts.Count} texts.");
        }

        return vectors;
    }

    private sealed record PendingChunk(Guid Id, string Title, string HeadingPath, string Content);
}
