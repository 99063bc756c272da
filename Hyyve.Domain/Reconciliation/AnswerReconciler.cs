using Hyyve.Domain.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hyyve.Domain.Reconciliation;

/// <summary>
/// Closes the gap between a committed intake and a queue write that was lost (DESIGN §4): judges each accepted message
/// once its grace period is over, and re-submits the answer job of one that has no answer record, no handoff and no job,
/// in a conversation the bot still owns. Each message is judged exactly once (the row is marked in the same transaction,
/// and concurrent passes skip locked rows), so a lost job is re-submitted once; the answer job being idempotent per
/// message, even a job that was only late cannot post a second reply.
/// </summary>
public sealed class AnswerReconciler(
    NpgsqlDataSource dataSource, IJobSink jobs, IOptions<ReconcilerOptions> options, TimeProvider time, ILogger<AnswerReconciler> logger)
{
    // One pass at a time across every process sharing the database; a second process finds it held and skips its tick.
    private const long LockKey = 0x6879_7976_6572_6563;

    public async Task<ReconcileReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await TryLockAsync(transaction, cancellationToken))
        {
            ReconcilerLog.Skipped(logger);
            return ReconcileReport.Skipped;
        }

        var judged = await JudgeDueAsync(transaction, settings, time.GetUtcNow(), cancellationToken);
        var resubmitted = new List<AnswerMessageJob>();
        foreach (var (job, verdict) in judged)
        {
            if (verdict == ReconcileVerdict.Resubmitted)
            {
                // Hyyve.Server writes the job in this transaction; Hyyve.Functions forwards it after the commit.
                await jobs.SubmitAsync(JobRequest.Create(JobKinds.AnswerMessage, job, JobJsonContext.Default.AnswerMessageJob, job.DedupeKey),
                    transaction, cancellationToken);
                resubmitted.Add(job);
                ReconcilerLog.Resubmitted(logger, job.MessageId, job.ConversationId, job.TenantId);
            }
            else if (verdict == ReconcileVerdict.Expired)
            {
                ReconcilerLog.Expired(logger, job.MessageId, job.ConversationId, job.TenantId);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        var verdicts = judged.GroupBy(j => j.Verdict).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new ReconcileReport(true, verdicts, resubmitted);
    }

    private static async Task<bool> TryLockAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(@key)", transaction.Connection, transaction);
        command.Parameters.AddWithValue("key", LockKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<(AnswerMessageJob Job, string Verdict)>> JudgeDueAsync(NpgsqlTransaction transaction,
        ReconcilerOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The verdicts in order of precedence (ReconcileVerdict). The job-table test uses AnswerMessageJob.DedupeKey's format.
        const string sql = """
            WITH due AS (
                SELECT tenant_id, chatwoot_message_id, chatwoot_conversation_id, project_id, accepted_at
                FROM hyyve.answer_requests
                WHERE reconciled_at IS NULL AND accepted_at <= @now - @grace
                ORDER BY accepted_at
                LIMIT @batch
                FOR UPDATE SKIP LOCKED
            ), judged AS (
                SELECT d.tenant_id, d.chatwoot_message_id, CASE
                    WHEN EXISTS (SELECT 1 FROM hyyve.chat_rag_metadata a WHERE a.project_id = d.project_id
                                 AND a.chatwoot_conversation_id = d.chatwoot_conversation_id
                                 AND a.chatwoot_message_id = d.chatwoot_message_id) THEN 'answered'
                    WHEN c.handoff_after_message_id >= d.chatwoot_message_id THEN 'handed_off'
                    WHEN c.status IS DISTINCT FROM 'pending' OR c.handled_by IS DISTINCT FROM 'bot' THEN 'human'
                    WHEN EXISTS (SELECT 1 FROM hyyve.jobs j
                                 WHERE j.dedupe_key = 'answer:' || d.tenant_id::text || ':' || d.chatwoot_message_id::text) THEN 'job_exists'
                    WHEN EXISTS (SELECT 1 FROM hyyve.chat_rag_metadata a WHERE a.project_id = d.project_id
                                 AND a.chatwoot_conversation_id = d.chatwoot_conversation_id
                                 AND a.chatwoot_message_id > d.chatwoot_message_id) THEN 'superseded'
                    WHEN d.accepted_at < @now - @max_age THEN 'expired'
                    ELSE 'resubmitted'
                END AS verdict
                FROM due d
                LEFT JOIN hyyve.conversations c
                    ON c.tenant_id = d.tenant_id AND c.chatwoot_conversation_id = d.chatwoot_conversation_id
            )
            UPDATE hyyve.answer_requests r SET reconciled_at = @now, verdict = judged.verdict
            FROM judged
            WHERE r.tenant_id = judged.tenant_id AND r.chatwoot_message_id = judged.chatwoot_message_id
            RETURNING r.tenant_id, r.project_id, r.chatwoot_conversation_id, r.chatwoot_message_id, r.verdict, r.accepted_at
            """;
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("grace", settings.GracePeriod);
        command.Parameters.AddWithValue("max_age", settings.MaxAge);
        command.Parameters.AddWithValue("batch", settings.BatchSize);
        var judged = new List<(AnswerMessageJob, string, DateTimeOffset)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                judged.Add((new AnswerMessageJob(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetInt64(3)),
                    reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
            }
        }

        // Oldest first, so re-submitted answers keep the order of the customer's messages.
        return [.. judged.OrderBy(j => j.Item3).Select(j => (j.Item1, j.Item2))];
    }
}
