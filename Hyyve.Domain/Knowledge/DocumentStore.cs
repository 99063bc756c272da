using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Knowledge;

/// <summary>
/// Writes documents and their chunks. Every method runs in the caller's transaction, so a batch is written
/// whole or not at all; re-posting an external id replaces the document and all of its chunks.
/// </summary>
public sealed class DocumentStore(NpgsqlDataSource dataSource)
{
    /// <summary>Inserts or replaces documents; returns their row ids by external id. Old chunks are removed.</summary>
    public async Task<Dictionary<string, Guid>> UpsertAsync(Guid projectId, IReadOnlyList<ValidDocument> documents, string status,
        Guid? batchId, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO hyyve.documents (id, project_id, external_id, title, url, content_type, content, metadata,
                                         entity, category, status, batch_id, indexed_at)
            SELECT d.id, @project_id, d.external_id, d.title, d.url, d.content_type, d.content, d.metadata::jsonb,
                   d.entity, d.category, @status, @batch_id, CASE WHEN @status = 'indexed' THEN now() END
            FROM unnest(@ids, @external_ids, @titles, @urls, @content_types, @contents, @metadata, @entities, @categories)
                 AS d(id, external_id, title, url, content_type, content, metadata, entity, category)
            ON CONFLICT (project_id, external_id) DO UPDATE
            SET title = excluded.title, url = excluded.url, content_type = excluded.content_type, content = excluded.content,
                metadata = excluded.metadata, entity = excluded.entity, category = excluded.category, status = excluded.status,
                batch_id = excluded.batch_id, indexed_at = excluded.indexed_at, error = NULL, updated_at = now()
            RETURNING id, external_id
            """;
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.Add(new NpgsqlParameter("batch_id", NpgsqlDbType.Uuid) { Value = (object?)batchId ?? DBNull.Value });
        command.Parameters.AddWithValue("ids", documents.Select(_ => Guid.CreateVersion7()).ToArray());
        AddText(command, "external_ids", documents.Select(d => d.ExternalId));
        AddText(command, "titles", documents.Select(d => d.Title));
        AddText(command, "urls", documents.Select(d => d.Url));
        AddText(command, "content_types", documents.Select(d => d.ContentTypeName));
        AddText(command, "contents", documents.Select(d => d.Content));
        AddText(command, "metadata", documents.Select(d => d.MetadataJson));
        AddText(command, "entities", documents.Select(d => d.Entity));
        AddText(command, "categories", documents.Select(d => d.Category));
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids[reader.GetString(1)] = reader.GetGuid(0);
            }
        }

        await using var delete = new NpgsqlCommand("DELETE FROM hyyve.chunks WHERE document_id = ANY(@ids)", transaction.Connection, transaction);
        delete.Parameters.AddWithValue("ids", ids.Values.ToArray());
        await delete.ExecuteNonQueryAsync(cancellationToken);
        return ids;
    }

    /// <summary>Writes the chunks of documents whose rows exist, and marks those documents indexed.</summary>
    public async Task WriteChunksAsync(Guid projectId, IReadOnlyList<IndexedDocument> documents, IReadOnlyDictionary<string, Guid> documentIds,
        NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = documents.SelectMany(d => d.Chunks.Select(c => (d.Document, Chunk: c))).ToList();
        const string sql = """
            INSERT INTO hyyve.chunks (id, project_id, document_id, position, title, heading_path, content, url, entity)
            SELECT c.id, @project_id, c.document_id, c.position, c.title, c.heading_path, c.content, c.url, c.entity
            FROM unnest(@ids, @document_ids, @positions, @titles, @headings, @contents, @urls, @entities)
                 AS c(id, document_id, position, title, heading_path, content, url, entity);
            UPDATE hyyve.documents SET status = 'indexed', indexed_at = now(), error = NULL, updated_at = now()
            WHERE id = ANY(@indexed_ids);
            """;
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("ids", rows.Select(r => StableIds.Chunk(projectId, r.Document.ExternalId, r.Chunk.Position)).ToArray());
        command.Parameters.AddWithValue("document_ids", rows.Select(r => documentIds[r.Document.ExternalId]).ToArray());
        command.Parameters.AddWithValue("positions", rows.Select(r => r.Chunk.Position).ToArray());
        AddText(command, "titles", rows.Select(r => r.Document.Title));
        AddText(command, "headings", rows.Select(r => r.Chunk.HeadingPath));
        AddText(command, "contents", rows.Select(r => r.Chunk.Text));
        AddText(command, "urls", rows.Select(r => r.Document.Url));
        AddText(command, "entities", rows.Select(r => r.Document.Entity));
        command.Parameters.AddWithValue("indexed_ids", documents.Select(d => documentIds[d.Document.ExternalId]).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
        await WriteEmbeddingsAsync(projectId, rows.Select(r => StableIds.Chunk(projectId, r.Document.ExternalId, r.Chunk.Position)).ToArray(),
            documents.Where(d => d.Embeddings is not null).SelectMany(d => d.Embeddings!).ToList(), transaction, cancellationToken);
    }

    /// <summary>Stores each chunk's vector (chunk ids and vectors aligned), in the caller's transaction. One flat real[] is sliced
    /// per chunk: PostgreSQL's unnest flattens a two-dimensional array.</summary>
    internal static async Task WriteEmbeddingsAsync(Guid projectId, Guid[] chunkIds, IReadOnlyList<float[]> embeddings,
        NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (embeddings.Count != chunkIds.Length || embeddings.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            UPDATE hyyve.chunks c SET embedding = @flat[(x.ord - 1) * @dimensions + 1 : x.ord * @dimensions]
            FROM unnest(@ids) WITH ORDINALITY AS x(id, ord)
            WHERE c.id = x.id AND c.project_id = @project_id
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("ids", chunkIds);
        command.Parameters.AddWithValue("dimensions", embeddings[0].Length);
        command.Parameters.AddWithValue("flat", embeddings.SelectMany(e => e).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores the flat vectors of each chunk's answer sentences (<see cref="SourceSentence.Readings"/>; empty for a
    /// chunk without sentences), in the caller's transaction, sliced from one flat real[] by each chunk's offset and length.</summary>
    internal static async Task WriteSentenceEmbeddingsAsync(Guid projectId, Guid[] chunkIds, IReadOnlyList<float[]> sentenceEmbeddings,
        NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var starts = new int[chunkIds.Length];
        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] = starts[i - 1] + sentenceEmbeddings[i - 1].Length;
        }

        await using var command = new NpgsqlCommand("""
            UPDATE hyyve.chunks c SET sentence_embeddings = coalesce(@flat[x.start + 1 : x.start + x.length], '{}')
            FROM unnest(@ids, @starts, @lengths) AS x(id, start, length)
            WHERE c.id = x.id AND c.project_id = @project_id
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("ids", chunkIds);
        command.Parameters.AddWithValue("starts", starts);
        command.Parameters.AddWithValue("lengths", sentenceEmbeddings.Select(e => e.Length).ToArray());
        command.Parameters.AddWithValue("flat", sentenceEmbeddings.SelectMany(e => e).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid projectId, string externalId, CancellationToken cancellationToken)
    {
        // Chunks go with their document (ON DELETE CASCADE).
        await using var command = dataSource.CreateCommand(
            "DELETE FROM hyyve.documents WHERE project_id = @project_id AND external_id = @external_id");
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("external_id", externalId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(Guid projectId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT d.external_id, d.title, d.url, d.content_type, d.status,
                   c.chunks, d.error, d.batch_id, d.updated_at, c.embedded, c.sentences
            FROM hyyve.documents d
            CROSS JOIN LATERAL (SELECT count(*)::int AS chunks, count(embedding)::int AS embedded, count(sentence_embeddings)::int AS sentences
                                FROM hyyve.chunks WHERE document_id = d.id) c
            WHERE d.project_id = @project_id
            ORDER BY d.external_id
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("project_id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<DocumentSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new DocumentSummary(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetGuid(7), reader.GetFieldValue<DateTimeOffset>(8), reader.GetInt32(9),
                reader.GetInt32(10)));
        }

        return documents;
    }

    /// <summary>Refreshes planner statistics after a bulk load (autovacuum would, but only after a while).</summary>
    public async Task AnalyzeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("ANALYZE hyyve.chunks");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddText(NpgsqlCommand command, string name, IEnumerable<string?> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });
}
