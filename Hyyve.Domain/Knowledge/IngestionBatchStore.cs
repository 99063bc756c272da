using Npgsql;

namespace Hyyve.Domain.Knowledge;

/// <summary>Rows of <c>hyyve.ingestion_batches</c> and the queued documents a batch job works through.</summary>
public sealed class IngestionBatchStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, project_id, status, total, indexed, failed, error, created_at, completed_at";

    public async Task<IngestionBatch> CreateAsync(Guid projectId, int total, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO hyyve.ingestion_batches (id, project_id, status, total) VALUES (@id, @project_id, 'queued', @total)
            RETURNING {Columns}
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("total", total);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Read(reader);
    }

    public async Task<IngestionBatch?> FindAsync(Guid projectId, Guid batchId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM hyyve.ingestion_batches WHERE id = @id AND project_id = @project_id");
        command.Parameters.AddWithValue("id", batchId);
        command.Parameters.AddWithValue("project_id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The next queued documents of a batch (a document re-posted since belongs to its newer batch).</summary>
    public async Task<IReadOnlyList<(Guid Id, ValidDocument Document)>> NextQueuedAsync(Guid batchId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, external_id, title, content, url, content_type, metadata::text, entity, category
            FROM hyyve.documents WHERE batch_id = @batch_id AND status = 'queued'
            ORDER BY external_id LIMIT @limit
            """);
        command.Parameters.AddWithValue("batch_id", batchId);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<(Guid, ValidDocument)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add((reader.GetGuid(0), new ValidDocument(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), Enum.Parse<DocumentContentType>(reader.GetString(5), ignoreCase: true),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8))));
        }

        return documents;
    }

    /// <summary>Adds to the batch's counters and sets its status; <paramref name="status"/> of a finished batch stamps its completion.</summary>
    public async Task UpdateAsync(Guid batchId, string status, int indexed, int failed, string? error, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE hyyve.ingestion_batches
            SET status = @status, indexed = indexed + @indexed, failed = failed + @failed, error = coalesce(@error, error),
                updated_at = now(), completed_at = CASE WHEN @status IN ('succeeded', 'failed') THEN now() END
            WHERE id = @id
            """;
        await using var connection = transaction is null ? await dataSource.OpenConnectionAsync(cancellationToken) : null;
        await using var command = new NpgsqlCommand(sql, transaction?.Connection ?? connection, transaction);
        command.Parameters.AddWithValue("id", batchId);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("indexed", indexed);
        command.Parameters.AddWithValue("failed", failed);
        command.Parameters.Add(new NpgsqlParameter("error", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)error ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(Guid documentId, string error, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE hyyve.documents SET status = 'failed', error = @error, updated_at = now() WHERE id = @id",
            transaction.Connection, transaction);
        command.Parameters.AddWithValue("id", documentId);
        command.Parameters.AddWithValue("error", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IngestionBatch Read(NpgsqlDataReader reader) => new(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2),
        reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8));
}
