using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.Embeddings;

/// <summary>
/// Embeds one page of a project's chunks that have no vector yet (or no sentence vectors) and commits it, locking the page
/// (<c>SKIP LOCKED</c>) so that two workers on the same project share the work instead of embedding a chunk twice. Each
/// chunk's answer sentences are embedded with it, so that answering a question only embeds the question.
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
        var page = new List<(Guid Id, string Text, IReadOnlyList<string> Sentences)>();
        await using (var select = new NpgsqlCommand("""
            SELECT id, title, heading_path, content FROM hyyve.chunks
            WHERE project_id = @project_id AND (embedding IS NULL OR sentence_embeddings IS NULL)
            ORDER BY document_id, position
            LIMIT @limit FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            select.Parameters.AddWithValue("project_id", projectId);
            select.Parameters.AddWithValue("limit", pageSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (title, headingPath, content) = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
                page.Add((reader.GetGuid(0), ChunkEmbedder.TextOf(title, headingPath, content),
                    SourceSentence.Readings(SourceSentence.Of(headingPath, content))));
            }
        }

        if (page.Count == 0)
        {
            return 0;
        }

        // One call for the chunks and their sentences: the model batches texts of similar length together.
        var texts = page.Select(p => p.Text).Concat(page.SelectMany(p => p.Sentences)).ToList();
        var vectors = await embedder.EmbedTextsAsync(texts, cancellationToken);
        if (vectors.Count != texts.Count)
        {
            // Writing nothing would leave the page unembedded and this loop picking it again for good.
            throw new InvalidOperationException($"The embedding model returned {vectors.Count} vectors for {texts.Count} texts.");
        }

        var next = page.Count;
        var sentenceVectors = page.Select(p => vectors.Skip(Advance(ref next, p.Sentences.Count)).Take(p.Sentences.Count).SelectMany(v => v).ToArray())
            .ToList();
        await DocumentStore.WriteEmbeddingsAsync(projectId, page.Select(p => p.Id).ToArray(), vectors[..page.Count], transaction, cancellationToken,
            sentenceVectors);
        await transaction.CommitAsync(cancellationToken);
        return page.Count;
    }

    private static int Advance(ref int position, int count)
    {
        var start = position;
        position += count;
        return start;
    }
}
