using Hyyve.Domain.Errors;
using Npgsql;

namespace Hyyve.Domain.Jobs;

/// <summary>What an operator sees and does: queue statistics, dead jobs, replay, expired-lease recovery.</summary>
public sealed class JobQueueAdmin(NpgsqlDataSource dataSource)
{
    /// <summary>How many dead jobs <c>?limit=</c> may ask for (100 when absent).</summary>
    public static readonly IntegerQuery DeadLimit = new("limit", 1, 500);

    public async Task<JobQueueStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        // Separate sub-queries so each one uses its partial index instead of scanning succeeded rows.
        const string sql = """
            SELECT (SELECT count(*) FROM hyyve.jobs WHERE status = 'ready'),
                   (SELECT count(*) FROM hyyve.jobs WHERE status = 'running'),
                   (SELECT count(*) FROM hyyve.jobs WHERE status = 'dead'),
                   (SELECT extract(epoch FROM now() - min(run_at)) FROM hyyve.jobs WHERE status = 'ready' AND run_at <= now())
            """;
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new JobQueueStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? 0 : (double)reader.GetDecimal(3));
    }

    public async Task<IReadOnlyList<DeadJob>> ListDeadAsync(int limit, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT id, kind, payload::text, attempts, coalesce(last_error, ''), created_at, updated_at
            FROM hyyve.jobs WHERE status = 'dead' ORDER BY updated_at DESC, id DESC LIMIT @limit
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 1000));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var jobs = new List<DeadJob>();
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(new DeadJob(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return jobs;
    }

    /// <summary>Gives a dead job a fresh set of attempts. False when the job is not dead (or does not exist).</summary>
    public async Task<bool> ReplayAsync(long jobId, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH replayed AS (
                UPDATE hyyve.jobs SET status = 'ready', attempts = 0, run_at = now(), updated_at = now()
                WHERE id = @id AND status = 'dead'
                RETURNING id)
            SELECT count(*), pg_notify('hyyve_jobs', '') FROM replayed
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", jobId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    /// <summary>
    /// Returns jobs whose worker died to the queue. Those out of attempts are not dead yet: they are leased to
    /// <paramref name="reaperId"/> for <paramref name="lease"/> and returned, so the caller runs their dead-letter hook
    /// and then marks them dead (<see cref="PostgresJobQueue.FailAsync"/>); a reaper that dies meanwhile leaves them to
    /// expire and be reaped again.
    /// </summary>
    public async Task<IReadOnlyList<LeasedJob>> ReapExpiredAsync(string reaperId, TimeSpan lease, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH reaped AS (
                UPDATE hyyve.jobs
                SET status = CASE WHEN attempts >= max_attempts THEN 'running' ELSE 'ready' END,
                    leased_by = CASE WHEN attempts >= max_attempts THEN @reaper END,
                    lease_expires_at = CASE WHEN attempts >= max_attempts THEN now() + @lease END,
                    run_at = now(), updated_at = now(),
                    last_error = 'lease expired: the worker stopped before finishing'
                WHERE status = 'running' AND lease_expires_at < now()
                RETURNING id, kind, payload::text, attempts, max_attempts, created_at, status)
            SELECT r.*, pg_notify('hyyve_jobs', '') FROM reaped r
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("reaper", reaperId);
        command.Parameters.AddWithValue("lease", lease);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var dying = new List<LeasedJob>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(6) == "running")
            {
                dying.Add(PostgresJobQueue.ReadLeased(reader));
            }
        }

        return dying;
    }

    public async Task<int> PurgeSucceededAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM hyyve.jobs WHERE status = 'succeeded' AND completed_at < now() - @age");
        command.Parameters.AddWithValue("age", olderThan);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
