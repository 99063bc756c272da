using Npgsql;

namespace Hyyve.Domain.AgentConsole;

/// <summary>
/// <c>GET …/conversations/{cid}/messages</c>: the transcript kept from webhooks, oldest first, each bot message with the RAG
/// metadata of its answer. Roles: <c>customer</c> (incoming), <c>note</c> (private), <c>bot</c> (sent by the agent bot, or a
/// template), <c>agent</c> (any other outgoing message: a human).
/// </summary>
public sealed class ConversationThread(NpgsqlDataSource dataSource)
{
    private const string Sql = $"""
        SELECT x.chatwoot_message_id, x.message_type, x.private, x.sender_type, x.content, x.created_at,
               m.answer_id, m.decision, m.reason, m.confidence, CASE WHEN m.answer_id IS NULL THEN '[]' ELSE {ConsoleSql.SourcesOfAnswer} END
        FROM hyyve.conversation_messages x
        LEFT JOIN hyyve.chat_rag_metadata m ON m.answer_id = x.answer_id AND m.project_id = @project_id
        WHERE x.tenant_id = @tenant_id AND x.chatwoot_conversation_id = @conversation_id
          AND x.message_type IN ('incoming', 'outgoing', 'template')
        ORDER BY x.created_at, x.chatwoot_message_id
        """;

    public async Task<ThreadMessages> GetAsync(Guid projectId, long conversationId, CancellationToken cancellationToken)
    {
        var conversation = await ConversationRef.FindAsync(dataSource, projectId, conversationId, cancellationToken);
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.AddWithValue("tenant_id", conversation.TenantId);
        command.Parameters.AddWithValue("conversation_id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<ThreadMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var rag = reader.IsDBNull(6) ? null : new MessageRag(reader.GetGuid(6), reader.GetString(7), ConsoleParameters.NullableString(reader, 8),
                reader.GetFloat(9), ConsoleJsonContext.Sources(reader.GetString(10)));
            items.Add(new ThreadMessage(reader.GetInt64(0), Role(reader.GetString(1), reader.GetBoolean(2), ConsoleParameters.NullableString(reader, 3)),
                ConsoleParameters.NullableString(reader, 4) ?? "", reader.GetFieldValue<DateTimeOffset>(5), rag));
        }

        return new ThreadMessages(conversationId, conversation.Status, items);
    }

    public static string Role(string messageType, bool isPrivate, string? senderType) =>
        messageType == "incoming" ? "customer"
        : isPrivate ? "note"
        : senderType == "agent_bot" || messageType == "template" ? "bot"
        : "agent";
}

public sealed record ThreadMessages(long ConversationId, string Status, IReadOnlyList<ThreadMessage> Items);

public sealed record ThreadMessage(long? Id, string Role, string Content, DateTimeOffset CreatedAt, MessageRag? Rag);

/// <summary>What a bot message was based on. <see cref="Citations"/> lists every retrieved source; <c>cited</c> marks those the reply cites.</summary>
public sealed record MessageRag(Guid AnswerId, string Decision, string? Reason, double Confidence, IReadOnlyList<ConsoleSource> Citations);
