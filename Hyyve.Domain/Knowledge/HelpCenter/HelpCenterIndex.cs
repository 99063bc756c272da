using Npgsql;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// The synced documents of a project, written through the same chunker, embedder and <see cref="DocumentStore"/> as
/// uploads, so whatever changes there applies to articles too. Synced rows carry <c>source = 'helpcenter'</c> and the
/// hash of what was indexed; only such rows are ever deleted here.
/// </summary>
public sealed class HelpCenterIndex(NpgsqlDataSource dataSource, DocumentStore documents, ChunkEmbedder embedder, KnowledgeChanges changes)
{
    // Fresh statistics let the planner count term frequencies through the GIN index (as DocumentIngestion does).
    private const int AnalyzeAfterChunks = 100;

    /// <summary>External id → indexed hash of every synced document of the project.</summary>
    public async Task<Dictionary<string, string?>> LoadHashesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT external_id, content_hash FROM hyyve.documents WHERE project_id = @project_id AND source = 'helpcenter'");
        command.Parameters.AddWithValue("project_id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hashes = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            hashes[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>Indexes <paramref name="upserts"/> and removes <paramref name="deletes"/> in one transaction; nothing when both are
    /// empty. Returns the chunks written.</summary>
    public async Task<int> ApplyAsync(Guid projectId, IReadOnlyList<ChunkedArticle> upserts, IReadOnlyList<string> deletes,
        CancellationToken cancellationToken)
    {
        if (upserts.Count == 0 && deletes.Count == 0)
        {
            return 0;
        }

        // Embed before the transaction opens: a model call must not hold database locks.
        var indexed = await embedder.EmbedAsync(upserts.Select(u => u.Indexed).ToList(), cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (upserts.Count > 0)
        {
            var ids = await documents.UpsertAsync(projectId, upserts.Select(u => u.Article.Document).ToList(), "indexed", null, transaction,
                cancellationToken);
            await documents.WriteChunksAsync(projectId, indexed, ids, transaction, cancellationToken);
            await MarkSyncedAsync(upserts, ids, transaction, cancellationToken);
        }

        if (deletes.Count > 0)
        {
            await using var delete = new NpgsqlCommand("""
                DELETE FROM hyyve.documents WHERE project_id = @project_id AND source = 'helpcenter' AND external_id = ANY(@external_ids)
                """, connection, transaction);
            delete.Parameters.AddWithValue("project_id", projectId);
            delete.Parameters.AddWithValue("external_ids", deletes.ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        changes.Changed(projectId);
        return indexed.Sum(d => d.Chunks.Count);
    }

    /// <summary>Refreshes planner statistics once after a run that wrote many chunks (not after every page of it).</summary>
    public async Task AnalyzeIfManyAsync(int chunksWritten, CancellationToken cancellationToken)
    {
        if (chunksWritten >= AnalyzeAfterChunks)
        {
            await documents.AnalyzeAsync(cancellationToken);
        }
    }

    private static async Task MarkSyncedAsync(IReadOnlyList<ChunkedArticle> upserts, IReadOnlyDictionary<string, Guid> ids,
        NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE hyyve.documents d SET source = 'helpcenter', content_hash = x.hash, source_updated_at = to_timestamp(x.updated_at)
            FROM unnest(@ids, @hashes, @updated) AS x(id, hash, updated_at)
            WHERE d.id = x.id
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("ids", upserts.Select(u => ids[u.Article.Document.ExternalId]).ToArray());
        command.Parameters.AddWithValue("hashes", upserts.Select(u => u.Article.Hash).ToArray());
        command.Parameters.AddWithValue("updated", upserts.Select(u => u.UpdatedAt).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
