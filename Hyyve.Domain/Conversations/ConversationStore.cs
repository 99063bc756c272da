using Hyyve.Domain.Answering;
using Hyyve.Domain.Chatwoot;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.Conversations;

/// <summary>Conversation state and the transcript kept from webhooks (bot tokens cannot list messages).</summary>
public sealed class ConversationStore(NpgsqlDataSource dataSource)
{
    /// <summary>Creates the conversation or applies the status the event reports, unless an equal or newer report
    /// (by Chatwoot's <c>conversation.updated_at</c>) was applied already. A newer <c>pending</c> hands the conversation back to the bot.</summary>
    public static async Task ApplyEventAsync(NpgsqlTransaction transaction, Guid tenantId, Guid projectId, ChatwootEvent evt,
        CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO hyyve.conversations (tenant_id, chatwoot_conversation_id, project_id, status, status_at, contact_name)
            VALUES (@tenant_id, @conversation_id, @project_id, coalesce(@status, 'pending'), @status_at, @contact)
            ON CONFLICT (tenant_id, chatwoot_conversation_id) DO UPDATE SET
                status = CASE WHEN @status IS NOT NULL AND (@status_at IS NULL OR conversations.status_at IS NULL OR @status_at >= conversations.status_at) THEN @status ELSE conversations.status END,
                status_at = CASE WHEN @status IS NOT NULL AND (@status_at IS NULL OR conversations.status_at IS NULL OR @status_at >= conversations.status_at) THEN coalesce(@status_at, conversations.status_at) ELSE conversations.status_at END,
                handled_by = CASE WHEN @status = 'pending' AND (@status_at IS NULL OR conversations.status_at IS NULL OR @status_at >= conversations.status_at) THEN 'bot' ELSE conversations.handled_by END,
                contact_name = coalesce(conversations.contact_name, excluded.contact_name),
                updated_at = now()
            """;
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("conversation_id", evt.ConversationId!.Value);
        command.Parameters.AddWithValue("project_id", projectId);
        // The echo of a message the bot posted carries the status from before its own handoff; only customer
        // messages and conversation events report a status worth keeping.
        var trustStatus = !evt.IsMessageEvent || evt.MessageType == "incoming";
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = trustStatus ? (object?)evt.ConversationStatus ?? DBNull.Value : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("status_at", NpgsqlDbType.TimestampTz) { Value = (object?)evt.ConversationUpdatedAt ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("contact", NpgsqlDbType.Text) { Value = (object?)evt.ContactName ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task AppendMessageAsync(NpgsqlTransaction transaction, Guid tenantId, ChatwootEvent evt, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO hyyve.conversation_messages
                (tenant_id, chatwoot_message_id, chatwoot_conversation_id, message_type, private, content, sender_type, answer_id, created_at)
            VALUES (@tenant_id, @message_id, @conversation_id, @type, @private, @content, @sender, @answer_id, coalesce(@created_at, now()))
            ON CONFLICT (tenant_id, chatwoot_message_id) DO UPDATE SET content = excluded.content
            """;
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("message_id", evt.MessageId!.Value);
        command.Parameters.AddWithValue("conversation_id", evt.ConversationId!.Value);
        command.Parameters.AddWithValue("type", evt.MessageType ?? "unknown");
        command.Parameters.AddWithValue("private", evt.Private);
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Text) { Value = (object?)evt.Content ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("sender", NpgsqlDbType.Text) { Value = (object?)evt.SenderType ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("answer_id", NpgsqlDbType.Uuid) { Value = (object?)evt.HyyveAnswerId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("created_at", NpgsqlDbType.TimestampTz) { Value = (object?)evt.CreatedAt ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ConversationState?> GetStateAsync(Guid tenantId, long conversationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT project_id, status, handled_by, handoff_after_message_id FROM hyyve.conversations
            WHERE tenant_id = @tenant_id AND chatwoot_conversation_id = @conversation_id
            """);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ConversationState(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3))
            : null;
    }

    public async Task<string?> GetMessageTextAsync(Guid tenantId, long messageId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT content FROM hyyve.conversation_messages WHERE tenant_id = @tenant_id AND chatwoot_message_id = @message_id");
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("message_id", messageId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Public turns before <paramref name="beforeMessageId"/>, oldest first: customer messages and public replies.</summary>
    public async Task<IReadOnlyList<ConversationTurn>> GetHistoryAsync(Guid tenantId, long conversationId, long beforeMessageId, int turns,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT message_type, content FROM (
                SELECT chatwoot_message_id, message_type, content FROM hyyve.conversation_messages
                WHERE tenant_id = @tenant_id AND chatwoot_conversation_id = @conversation_id AND chatwoot_message_id < @before
                  AND NOT private AND message_type IN ('incoming', 'outgoing') AND coalesce(content, '') <> ''
                ORDER BY chatwoot_message_id DESC LIMIT @turns) recent
            ORDER BY chatwoot_message_id
            """);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        command.Parameters.AddWithValue("before", beforeMessageId);
        command.Parameters.AddWithValue("turns", turns);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var history = new List<ConversationTurn>();
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new ConversationTurn(reader.GetString(0) == "incoming" ? "customer" : "agent", reader.GetString(1)));
        }

        return history;
    }

    /// <summary>Records a completed handoff: the conversation is open and the humans' until Chatwoot sets it back to pending.</summary>
    public async Task MarkHandedOffAsync(Guid tenantId, long conversationId, HandoffReason reason, long afterMessageId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hyyve.conversations
            SET status = 'open', status_at = greatest(status_at, now()), handled_by = 'human', handoff_reason = @reason, handed_off_at = now(),
                handoff_after_message_id = greatest(coalesce(handoff_after_message_id, 0), @after), updated_at = now()
            WHERE tenant_id = @tenant_id AND chatwoot_conversation_id = @conversation_id
            """);
        command.Parameters.AddWithValue("tenant_id", tenantId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        command.Parameters.AddWithValue("reason", reason.ToSnakeCase());
        command.Parameters.AddWithValue("after", afterMessageId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
