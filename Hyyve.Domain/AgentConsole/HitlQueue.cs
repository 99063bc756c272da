using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.AgentConsole;

/// <summary><c>GET /api/hitl</c>: conversations the bot handed off that still wait for a human, oldest first.</summary>
public sealed class HitlQueue(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string Sql = $"""
        WITH visible AS ({ConsoleSql.VisibleProjects})
        SELECT c.project_id, v.name, c.chatwoot_conversation_id, c.contact_name, c.handoff_reason,
               coalesce(h.question, q.content), h.draft_text, h.answer_id, coalesce(h.sources, '[]'), c.handed_off_at,
               extract(epoch FROM @now - c.handed_off_at)::float8
        FROM hyyve.conversations c JOIN visible v ON v.id = c.project_id
        LEFT JOIN LATERAL (
            SELECT m.answer_id, m.question, m.draft_text, {ConsoleSql.SourcesOfAnswer} AS sources
            FROM hyyve.chat_rag_metadata m
            WHERE m.project_id = c.project_id AND m.chatwoot_conversation_id = c.chatwoot_conversation_id AND m.decision = 'handoff'
            ORDER BY m.created_at DESC LIMIT 1) h ON true
        LEFT JOIN LATERAL (
            SELECT x.content FROM hyyve.conversation_messages x
            WHERE x.tenant_id = c.tenant_id AND x.chatwoot_conversation_id = c.chatwoot_conversation_id AND x.message_type = 'incoming'
            ORDER BY x.chatwoot_message_id DESC LIMIT 1) q ON true
        WHERE {ConsoleSql.WaitingForHuman} AND (@project_id::uuid IS NULL OR c.project_id = @project_id::uuid)
        ORDER BY c.handed_off_at, c.chatwoot_conversation_id
        LIMIT 500
        """;

    public async Task<HitlList> ListAsync(Guid? tenantId, Guid? projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(ConsoleParameters.Tenant(tenantId));
        command.Parameters.Add(new NpgsqlParameter("project_id", NpgsqlDbType.Uuid) { Value = (object?)projectId ?? DBNull.Value });
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<HitlItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new HitlItem(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), ConsoleParameters.NullableString(reader, 3),
                ConsoleParameters.NullableString(reader, 4) ?? "already_with_human", ConsoleParameters.NullableString(reader, 5),
                ConsoleParameters.NullableString(reader, 6), ConsoleParameters.NullableGuid(reader, 7), ConsoleJsonContext.Sources(reader.GetString(8)),
                reader.GetFieldValue<DateTimeOffset>(9), Math.Max(0, reader.GetDouble(10))));
        }

        return new HitlList(items);
    }
}

public sealed record HitlList(IReadOnlyList<HitlItem> Items);

/// <summary>A handed-off conversation: why, the customer's question, the bot's draft and its sources, how long it has waited.</summary>
public sealed record HitlItem(
    Guid ProjectId,
    string ProjectName,
    long ConversationId,
    string? ContactName,
    string Reason,
    string? Question,
    string? Draft,
    Guid? AnswerId,
    IReadOnlyList<ConsoleSource> Sources,
    DateTimeOffset HandedOffAt,
    double WaitingSeconds);
