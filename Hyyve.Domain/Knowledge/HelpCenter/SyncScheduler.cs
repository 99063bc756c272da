using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Knowledge.HelpCenter;

/// <summary>
/// Finds the projects whose sync is due and queues one run each, in one transaction: due rows of <c>sync_state</c> are
/// claimed with <c>FOR UPDATE SKIP LOCKED</c> and moved to their next occurrence, so however many processes (or timer
/// instances) tick at once, each due sync is queued once. A project with a portal gets its row, due at once, on the first tick.
/// </summary>
public sealed class SyncScheduler(NpgsqlDataSource dataSource, SyncQueue queue, IOptions<HelpCenterSyncOptions> options, TimeProvider time,
    ILogger<SyncScheduler> logger)
{
    /// <returns>How many runs were queued.</returns>
    public async Task<int> EnqueueDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var add = new NpgsqlCommand("""
            INSERT INTO hyyve.sync_state (project_id, next_run_at)
            SELECT id, @now FROM hyyve.projects WHERE portal_slug IS NOT NULL
            ON CONFLICT (project_id) DO NOTHING
            """, connection, transaction))
        {
            add.Parameters.AddWithValue("now", now);
            await add.ExecuteNonQueryAsync(cancellationToken);
        }

        var due = new List<(Guid ProjectId, string Schedule)>();
        await using (var claim = new NpgsqlCommand("""
            SELECT s.project_id, s.schedule FROM hyyve.sync_state s JOIN hyyve.projects p ON p.id = s.project_id
            WHERE p.portal_slug IS NOT NULL AND s.next_run_at <= @now
            ORDER BY s.next_run_at LIMIT @batch
            FOR UPDATE OF s SKIP LOCKED
            """, connection, transaction))
        {
            claim.Parameters.AddWithValue("now", now);
            claim.Parameters.AddWithValue("batch", options.Value.SchedulerBatch);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                due.Add((reader.GetGuid(0), reader.IsDBNull(1) ? options.Value.DefaultSchedule : reader.GetString(1)));
            }
        }

        var queued = 0;
        foreach (var (projectId, schedule) in due)
        {
            await using var next = new NpgsqlCommand(
                "UPDATE hyyve.sync_state SET next_run_at = @next, updated_at = now() WHERE project_id = @project_id", connection, transaction);
            next.Parameters.AddWithValue("project_id", projectId);
            next.Parameters.AddWithValue("next", SyncSchedule.Next(schedule, now));
            await next.ExecuteNonQueryAsync(cancellationToken);
            // A sync still running when its next occurrence comes is not doubled.
            queued += (await queue.EnqueueAsync(projectId, SyncTrigger.Schedule, transaction, cancellationToken)).Created ? 1 : 0;
        }

        await transaction.CommitAsync(cancellationToken);
        if (queued > 0)
        {
            HelpCenterLog.Scheduled(logger, queued);
        }

        return queued;
    }
}
