using Hyyve.Domain.Errors;
using Npgsql;
using NpgsqlTypes;

namespace Hyyve.Domain.AgentConsole;

/// <summary>
/// <c>GET /api/projects/{id}/conversations</c>: most recently active first. <b>Unread</b> counts the customer messages after
/// the last public reply (bot or agent); <b>waiting</b> runs from the handoff while the conversation waits for a human,
/// otherwise from the oldest customer message no reply has followed, and is null when nobody is waiting.
/// </summary>
public sealed class ConversationList(NpgsqlDataSource dataSource, TimeProvider time)
{
    public const int MaxPageSize = 200;
    private static readonly string[] Statuses = ["open", "pending", "resolved", "snoozed"];

    private const string Sql = $"""
        WITH page AS (
            SELECT c.tenant_id, c.chatwoot_conversation_id, c.contact_name, c.status, c.handed_off_at, c.updated_at,
                   ({ConsoleSql.WaitingForHuman}) AS waiting, count(*) OVER () AS total
            FROM hyyve.conversations c
            WHERE c.project_id = @project_id AND (@status::text IS NULL OR c.status = @status::text)
            ORDER BY c.updated_at DESC, c.chatwoot_conversation_id DESC
            LIMIT @limit OFFSET @offset)
        SELECT p.chatwoot_conversation_id, p.contact_name, l.content, l.created_at, p.status,
               CASE WHEN p.waiting THEN extract(epoch FROM @now - p.handed_off_at)::float8
                    WHEN u.first_unanswered IS NOT NULL THEN extract(epoch FROM @now - u.first_unanswered)::float8 END,
               coalesce(u.unread, 0), p.total
        FROM page p
        LEFT JOIN LATERAL (
            SELECT x.content, x.created_at FROM hyyve.conversation_messages x
            WHERE x.tenant_id = p.tenant_id AND x.chatwoot_conversation_id = p.chatwoot_conversation_id
              AND x.message_type IN ('incoming', 'outgoing') AND NOT x.private
            ORDER BY x.chatwoot_message_id DESC LIMIT 1) l ON true
        LEFT JOIN LATERAL (
            SELECT count(*) AS unread, min(x.created_at) AS first_unanswered FROM hyyve.conversation_messages x
            WHERE x.tenant_id = p.tenant_id AND x.chatwoot_conversation_id = p.chatwoot_conversation_id AND x.message_type = 'incoming'
              AND x.chatwoot_message_id > coalesce((
                  SELECT max(y.chatwoot_message_id) FROM hyyve.conversation_messages y
                  WHERE y.tenant_id = p.tenant_id AND y.chatwoot_conversation_id = p.chatwoot_conversation_id
                    AND y.message_type = 'outgoing' AND NOT y.private), 0)) u ON true
        ORDER BY p.updated_at DESC, p.chatwoot_conversation_id DESC
        """;

    public async Task<ConversationPage> ListAsync(Guid projectId, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            throw new ValidationFailedException("status", "status must be open, pending, resolved or snoozed.");
        }

        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1)
        {
            throw new ValidationFailedException("page", "page starts at 1.");
        }

        if (size is < 1 or > MaxPageSize)
        {
            throw new ValidationFailedException("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        }

        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", size);
        command.Parameters.AddWithValue("offset", (long)(number - 1) * size);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (items, total) = (new List<ConversationSummary>(), 0L);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new ConversationSummary(reader.GetInt64(0), ConsoleParameters.NullableString(reader, 1), ConsoleParameters.NullableString(reader, 2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4),
                ConsoleParameters.NullableDouble(reader, 5) is { } w ? Math.Max(0, w) : null, reader.GetInt64(6)));
            total = reader.GetInt64(7);
        }

        return new ConversationPage(items, number, size, items.Count == 0 ? await CountAsync(projectId, status, cancellationToken) : total);
    }

    /// <summary>A page past the end has no row to carry the total.</summary>
    private async Task<long> CountAsync(Guid projectId, string? status, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT count(*) FROM hyyve.conversations WHERE project_id = @project_id AND (@status::text IS NULL OR status = @status::text)");
        command.Parameters.AddWithValue("project_id", projectId);
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

public sealed record ConversationPage(IReadOnlyList<ConversationSummary> Items, int Page, int PageSize, long Total);

public sealed record ConversationSummary(
    long ConversationId,
    string? ContactName,
    string? LastMessage,
    DateTimeOffset? LastMessageAt,
    string Status,
    double? WaitingSeconds,
    long Unread);
