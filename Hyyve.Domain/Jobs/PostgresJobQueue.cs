using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Jobs;

/// <summary>
/// The job lifecycle on <c>hyyve.jobs</c>: enqueue (optionally in the caller's transaction), lease with
/// <c>FOR UPDATE SKIP LOCKED</c>, renew, complete, fail with backoff, release. Every state change after a lease
/// is guarded by <c>leased_by</c>, so a worker whose lease expired cannot overwrite the new holder's work.
/// </summary>
public sealed class PostgresJobQueue(NpgsqlDataSource dataSource, IOptions<JobOptions> options, TimeProvider time) : IJobSink
{
    /// <summary>NOTIFY channel that wakes workers.</summary>
    public const string Channel = "hyyve_jobs";

    private readonly JobOptions _options = options.Value;

    public async Task<bool> SubmitAsync(JobRequest job, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        await EnqueueAsync(job, transaction, cancellationToken) is not null;

    /// <summary>Inserts the job and notifies workers on commit; returns null on a dedupe-key hit.</summary>
    public async Task<long?> EnqueueAsync(JobRequest job, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH inserted AS (
                INSERT INTO hyyve.jobs (kind, payload, dedupe_key, run_at, max_attempts)
                VALUES (@kind, @payload::jsonb, @dedupe_key, coalesce(@run_at, now()), @max_attempts)
                ON CONFLICT (dedupe_key) DO NOTHING
                RETURNING id)
            SELECT id, pg_notify('hyyve_jobs', '') FROM inserted
            """;
        await using var connection = transaction is null ? await dataSource.OpenConnectionAsync(cancellationToken) : null;
        await using var command = new NpgsqlCommand(sql, transaction?.Connection ?? connection, transaction);
        command.Parameters.AddWithValue("kind", job.Kind);
        command.Parameters.AddWithValue("payload", job.PayloadJson);
        command.Parameters.Add(new NpgsqlParameter("dedupe_key", NpgsqlDbType.Text) { Value = (object?)job.DedupeKey ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("run_at", NpgsqlDbType.TimestampTz) { Value = (object?)job.RunAt ?? DBNull.Value });
        command.Parameters.AddWithValue("max_attempts", job.MaxAttempts ?? _options.MaxAttempts);
        var id = await command.ExecuteScalarAsync(cancellationToken);
        return id is long value ? value : null;
    }

    /// <summary>Leases the oldest due job of one of <paramref name="kinds"/>, or returns null.</summary>
    public async Task<LeasedJob?> LeaseAsync(string workerId, string[] kinds, CancellationToken cancellationToken) =>
        (await FinishAndLeaseAsync(null, workerId, kinds, cancellationToken)).Next;

    /// <summary>Completes a job and leases the next in one statement, so a busy worker pays one commit per job instead of two.</summary>
    public Task<(bool Completed, LeasedJob? Next)> CompleteAndLeaseNextAsync(long jobId, string workerId, string[] kinds,
        CancellationToken cancellationToken) =>
        FinishAndLeaseAsync(jobId, workerId, kinds, cancellationToken);

    /// <summary>Completes a job without leasing another (e.g. while stopping); false means the lease was lost.</summary>
    public async Task<bool> CompleteAsync(long jobId, string workerId, CancellationToken cancellationToken) =>
        (await FinishAndLeaseAsync(jobId, workerId, [], cancellationToken)).Completed;

    /// <summary>
    /// The one statement that completes and leases: completes <paramref name="finishedJobId"/> when given (and still held by
    /// this worker), then leases the oldest due job of <paramref name="kinds"/> when any. The lease sub-query reads the
    /// snapshot from before the completion, in which the finished job is still running, so it is never leased again.
    /// </summary>
    private async Task<(bool Completed, LeasedJob? Next)> FinishAndLeaseAsync(long? finishedJobId, string workerId, string[] kinds,
        CancellationToken cancellationToken)
    {
        const string sql = """
            WITH done AS (
                UPDATE hyyve.jobs
                SET status = 'succeeded', completed_at = now(), updated_at = now(), lease_expires_at = NULL
                WHERE id = @id AND leased_by = @worker AND status = 'running'
                RETURNING id
            ), next AS (
                SELECT id FROM hyyve.jobs
                WHERE status = 'ready' AND run_at <= now() AND kind = ANY(@kinds)
                ORDER BY run_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
            ), leased AS (
                UPDATE hyyve.jobs j
                SET status = 'running', attempts = j.attempts + 1, leased_by = @worker,
                    lease_expires_at = now() + @lease, updated_at = now()
                FROM next WHERE j.id = next.id
                RETURNING j.id, j.kind, j.payload::text AS payload, j.attempts, j.max_attempts, j.created_at
            )
            SELECT l.id, l.kind, l.payload, l.attempts, l.max_attempts, l.created_at, (SELECT count(*) FROM done)
            FROM (SELECT 1) one LEFT JOIN leased l ON true
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Bigint) { Value = (object?)finishedJobId ?? DBNull.Value });
        command.Parameters.AddWithValue("worker", workerId);
        command.Parameters.AddWithValue("kinds", kinds);
        command.Parameters.AddWithValue("lease", _options.LeaseDuration);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(6) > 0, reader.IsDBNull(0) ? null : ReadLeased(reader));
    }

    /// <summary>A job from columns id, kind, payload, attempts, max_attempts, created_at (in that order, from the first).</summary>
    internal static LeasedJob ReadLeased(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
        reader.GetInt32(4), reader.GetFieldValue<DateTimeOffset>(5));

    /// <summary>Extends the lease; false means this worker no longer holds the job.</summary>
    public Task<bool> RenewAsync(long jobId, string workerId, CancellationToken cancellationToken) =>
        ExecuteGuardedAsync("""
            UPDATE hyyve.jobs SET lease_expires_at = now() + @lease, updated_at = now()
            WHERE id = @id AND leased_by = @worker AND status = 'running'
            """, jobId, workerId, cancellationToken, ("lease", _options.LeaseDuration));

    /// <summary>Puts a job back untouched (its attempt not counted), e.g. on shutdown.</summary>
    public Task<bool> ReleaseAsync(long jobId, string workerId, CancellationToken cancellationToken) =>
        ExecuteGuardedAsync("""
            UPDATE hyyve.jobs
            SET status = 'ready', attempts = greatest(attempts - 1, 0), run_at = now(), leased_by = NULL,
                lease_expires_at = NULL, updated_at = now()
            WHERE id = @id AND leased_by = @worker AND status = 'running';
            SELECT pg_notify('hyyve_jobs', '');
            """, jobId, workerId, cancellationToken);

    /// <summary>Records a failed attempt: retry after <paramref name="delay"/>, or dead-letter when attempts
    /// are used up or the failure is permanent. Returns the new status, or null if the lease was lost.</summary>
    public async Task<string?> FailAsync(long jobId, string workerId, string error, TimeSpan delay, bool permanent, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE hyyve.jobs
            SET status = CASE WHEN @permanent OR attempts >= max_attempts THEN 'dead' ELSE 'ready' END,
                run_at = now() + @delay, last_error = @error, leased_by = NULL, lease_expires_at = NULL, updated_at = now()
            WHERE id = @id AND leased_by = @worker AND status = 'running'
            RETURNING status
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", jobId);
        command.Parameters.AddWithValue("worker", workerId);
        command.Parameters.AddWithValue("error", Truncate(error));
        command.Parameters.AddWithValue("delay", delay);
        command.Parameters.AddWithValue("permanent", permanent);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public DateTimeOffset Now => time.GetUtcNow();

    private static string Truncate(string error) => error.Length <= 4000 ? error : error[..4000];

    private async Task<bool> ExecuteGuardedAsync(string sql, long jobId, string workerId, CancellationToken cancellationToken,
        params (string Name, object Value)[] extra)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", jobId);
        command.Parameters.AddWithValue("worker", workerId);
        foreach (var (name, value) in extra)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
