using Hyyve.Domain.Jobs;
using Npgsql;

namespace Hyyve.Domain.Reconciliation;

/// <summary>Writes the <c>answer_requests</c> row of an accepted message, inside the intake's transaction.</summary>
public static class AnswerRequestLedger
{
    public static async Task RecordAsync(NpgsqlTransaction transaction, AnswerMessageJob job, DateTimeOffset acceptedAt,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO hyyve.answer_requests (tenant_id, chatwoot_message_id, chatwoot_conversation_id, project_id, accepted_at)
            VALUES (@tenant_id, @message_id, @conversation_id, @project_id, @accepted_at)
            ON CONFLICT DO NOTHING
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("tenant_id", job.TenantId);
        command.Parameters.AddWithValue("message_id", job.MessageId);
        command.Parameters.AddWithValue("conversation_id", job.ConversationId);
        command.Parameters.AddWithValue("project_id", job.ProjectId);
        command.Parameters.AddWithValue("accepted_at", acceptedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
