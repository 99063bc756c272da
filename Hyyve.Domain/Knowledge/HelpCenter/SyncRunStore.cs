using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>Rows of <c>hyyve.sync_runs</c>: created queued, started (again after a crash), progressed per page, finished.</summary>
public sealed class SyncRunStore(NpgsqlDataSource dataSource)
{
    private const string Columns = SyncRunRows.Columns;

    public async Task<SyncRun> CreateAsync(Guid projectId, string trigger, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO hyyve.sync_runs (id, project_id, trigger, status) VALUES (@id, @project_id, @trigger, 'queued')
            RETURNING {Columns}
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("trigger", trigger);
        return (await SyncRunRows.ReadAsync(command, cancellationToken))[0];
    }

    /// <summary>The project's queued or running run, after failing any whose heartbeat stopped longer than <paramref name="staleAfter"/> ago.</summary>
    public async Task<SyncRun?> FindActiveAsync(Guid projectId, TimeSpan staleAfter, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var abandon = new NpgsqlCommand("""
            UPDATE hyyve.sync_runs SET status = 'failed', finished_at = now(),
                error = 'Abandoned: no progress for ' || @stale_after::text || '; its job or queue message was lost. A new run replaces it.'
            WHERE project_id = @project_id AND status IN ('queued', 'running') AND heartbeat_at < now() - @stale_after
            """, transaction.Connection, transaction))
        {
            abandon.Parameters.AddWithValue("project_id", projectId);
            abandon.Parameters.AddWithValue("stale_after", staleAfter);
            await abandon.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand($"""
            SELECT {Columns} FROM hyyve.sync_runs WHERE project_id = @project_id AND status IN ('queued', 'running')
            ORDER BY queued_at DESC LIMIT 1
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("project_id", projectId);
        return (await SyncRunRows.ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<SyncRun?> FindAsync(Guid projectId, Guid runId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM hyyve.sync_runs WHERE id = @id AND project_id = @project_id");
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.AddWithValue("project_id", projectId);
        return (await SyncRunRows.ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<SyncRun>> ListAsync(Guid projectId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM hyyve.sync_runs WHERE project_id = @project_id ORDER BY queued_at DESC, id DESC LIMIT @limit");
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("limit", limit);
        return await SyncRunRows.ReadAsync(command, cancellationToken);
    }

    /// <summary>The latest finished run of every project (health), newest first.</summary>
    public async Task<IReadOnlyList<SyncRun>> LastFinishedPerProjectAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM (
                SELECT DISTINCT ON (project_id) * FROM hyyve.sync_runs
                WHERE status IN ('succeeded', 'failed') ORDER BY project_id, queued_at DESC) last
            ORDER BY finished_at DESC NULLS LAST LIMIT @limit
            """);
        command.Parameters.AddWithValue("limit", limit);
        return await SyncRunRows.ReadAsync(command, cancellationToken);
    }

    /// <summary>The watermark of the project's last successful run and when it last swept every page.</summary>
    public async Task<(long? Watermark, DateTimeOffset? LastFullSweep)> ReadHistoryAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT watermark_after FROM hyyve.sync_runs WHERE project_id = @project_id AND status = 'succeeded'
                    ORDER BY finished_at DESC NULLS LAST LIMIT 1),
                   (SELECT max(finished_at) FROM hyyve.sync_runs WHERE project_id = @project_id AND status = 'succeeded' AND full_sweep)
            """);
        command.Parameters.AddWithValue("project_id", projectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }

    /// <summary>Marks the run running and clears earlier attempts' counts; false when it already finished (a repeated job).</summary>
    public async Task<bool> StartAsync(Guid runId, long? watermarkBefore, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.sync_runs SET status = 'running', attempts = attempts + 1, started_at = now(), heartbeat_at = now(), watermark_before = @watermark,
                pages_read = 0, articles_seen = 0, created = 0, updated = 0, deleted = 0, unchanged = 0, failed = 0, failures = '[]', error = NULL
            WHERE id = @id AND status IN ('queued', 'running')
            """);
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.Add(new NpgsqlParameter("watermark", NpgsqlDbType.Bigint) { Value = (object?)watermarkBefore ?? DBNull.Value });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ProgressAsync(Guid runId, SyncCounts counts, IReadOnlyList<SyncFailure> failures, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.sync_runs SET pages_read = @pages, articles_seen = @seen, created = @created, updated = @updated,
                deleted = @deleted, unchanged = @unchanged, failed = @failed, failures = @failures::jsonb, heartbeat_at = now()
            WHERE id = @id AND status = 'running'
            """);
        AddCounts(command, runId, counts, failures);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task FinishAsync(Guid runId, string status, SyncCounts counts, IReadOnlyList<SyncFailure> failures, string? error,
        bool fullSweep, long? watermarkAfter, long durationMs, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.sync_runs SET status = @status, pages_read = @pages, articles_seen = @seen, created = @created,
                updated = @updated, deleted = @deleted, unchanged = @unchanged, failed = @failed, failures = @failures::jsonb,
                error = @error, full_sweep = @full_sweep, watermark_after = @watermark, finished_at = now(), duration_ms = @duration,
                started_at = coalesce(started_at, now())
            WHERE id = @id AND status IN ('queued', 'running')
            """);
        AddCounts(command, runId, counts, failures);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.Add(new NpgsqlParameter("error", NpgsqlDbType.Text) { Value = (object?)error ?? DBNull.Value });
        command.Parameters.AddWithValue("full_sweep", fullSweep);
        command.Parameters.Add(new NpgsqlParameter("watermark", NpgsqlDbType.Bigint) { Value = (object?)watermarkAfter ?? DBNull.Value });
        command.Parameters.AddWithValue("duration", durationMs);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Fails a run that has not finished, keeping the counts of its last attempt.</summary>
    public async Task FailAsync(Guid runId, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.sync_runs SET status = 'failed', error = @error, finished_at = now(),
                duration_ms = (extract(epoch FROM now() - coalesce(started_at, queued_at)) * 1000)::bigint
            WHERE id = @id AND status IN ('queued', 'running')
            """);
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.AddWithValue("error", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddCounts(NpgsqlCommand command, Guid runId, SyncCounts counts, IReadOnlyList<SyncFailure> failures)
    {
        command.Parameters.AddWithValue("id", runId);
        command.Parameters.AddWithValue("pages", counts.PagesRead);
        command.Parameters.AddWithValue("seen", counts.ArticlesSeen);
        command.Parameters.AddWithValue("created", counts.Created);
        command.Parameters.AddWithValue("updated", counts.Updated);
        command.Parameters.AddWithValue("deleted", counts.Deleted);
        command.Parameters.AddWithValue("unchanged", counts.Unchanged);
        command.Parameters.AddWithValue("failed", counts.Failed);
        command.Parameters.AddWithValue("failures", JsonSerializer.Serialize(failures.ToList(), SyncJsonContext.Default.ListSyncFailure));
    }
}
