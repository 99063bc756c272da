namespace Hyyve.Domain.AgentConsole;

/// <summary>The statements of <see cref="DashboardQuery"/>: per-project figures, then the totals over the same projects.</summary>
internal static class DashboardSql
{
    private const string Figures = $"""
        WITH visible AS ({ConsoleSql.VisibleProjects}),
        turns AS (
            SELECT m.project_id,
                   count(*) AS bot_turns,
                   count(*) FILTER (WHERE m.decision = 'answer') AS answers,
                   count(*) FILTER (WHERE m.decision = 'handoff') AS handoffs,
                   avg(m.confidence) AS average_confidence
            FROM hyyve.chat_rag_metadata m JOIN visible v ON v.id = m.project_id
            WHERE {ConsoleSql.BotTurn}
            GROUP BY m.project_id),
        chats AS (
            SELECT c.project_id,
                   count(*) AS conversations,
                   count(*) FILTER (WHERE c.status IN ('open', 'pending')) AS active,
                   count(*) FILTER (WHERE {ConsoleSql.WaitingForHuman}) AS waiting,
                   min(c.handed_off_at) FILTER (WHERE {ConsoleSql.WaitingForHuman}) AS oldest_waiting
            FROM hyyve.conversations c JOIN visible v ON v.id = c.project_id
            GROUP BY c.project_id),
        recent_jobs AS (
            SELECT (j.payload ->> 'projectId')::uuid AS project_id,
                   count(*) FILTER (WHERE j.status = 'succeeded') AS completed,
                   count(*) FILTER (WHERE j.status = 'dead') AS failed
            FROM hyyve.jobs j
            WHERE j.status IN ('succeeded', 'dead') AND j.updated_at > @now - interval '24 hours'
              AND (j.payload ->> 'projectId') IN (SELECT id::text FROM visible)
            GROUP BY 1),
        last_sync AS (
            SELECT DISTINCT ON (r.project_id) r.project_id, r.status
            FROM hyyve.sync_runs r JOIN visible v ON v.id = r.project_id
            WHERE r.status IN ('succeeded', 'failed')
            ORDER BY r.project_id, r.queued_at DESC)
        """;

    public const string Projects = Figures + """
        SELECT v.id, v.tenant_id, v.name,
               coalesce(j.completed, 0), coalesce(j.failed, 0), coalesce(c.active, 0), coalesce(c.waiting, 0),
               t.average_confidence, extract(epoch FROM @now - c.oldest_waiting)::float8, s.status,
               coalesce(c.conversations, 0), coalesce(t.answers, 0), coalesce(t.handoffs, 0)
        FROM visible v
        LEFT JOIN turns t ON t.project_id = v.id
        LEFT JOIN chats c ON c.project_id = v.id
        LEFT JOIN recent_jobs j ON j.project_id = v.id
        LEFT JOIN last_sync s ON s.project_id = v.id
        ORDER BY v.name, v.id
        """;

    /// <summary>The wait of a handoff is from its record to the first public agent reply after it in that conversation.</summary>
    public const string Totals = $"""
        WITH visible AS ({ConsoleSql.VisibleProjects}),
        turns AS (
            SELECT m.answer_id, m.decision, m.reason, m.confidence, m.created_at, m.tenant_id, m.chatwoot_conversation_id,
                   ({ConsoleSql.Covered}) AS covered
            FROM hyyve.chat_rag_metadata m JOIN visible v ON v.id = m.project_id
            WHERE {ConsoleSql.BotTurn}),
        waits AS (
            SELECT extract(epoch FROM (
                       SELECT min(x.created_at) FROM hyyve.conversation_messages x
                       WHERE x.tenant_id = t.tenant_id AND x.chatwoot_conversation_id = t.chatwoot_conversation_id
                         AND x.sender_type = 'user' AND NOT x.private AND x.message_type = 'outgoing' AND x.created_at >= t.created_at)
                   - t.created_at)::float8 AS seconds
            FROM turns t WHERE t.decision = 'handoff')
        SELECT (SELECT count(*) FROM hyyve.conversations c JOIN visible v ON v.id = c.project_id),
               (SELECT count(*) FROM hyyve.conversations c JOIN visible v ON v.id = c.project_id WHERE {ConsoleSql.WaitingForHuman}),
               count(*),
               count(*) FILTER (WHERE decision = 'answer'),
               count(*) FILTER (WHERE decision = 'handoff'),
               count(*) FILTER (WHERE covered),
               avg(confidence),
               coalesce((SELECT json_object_agg(r.reason, r.n)::text FROM (
                   SELECT reason, count(*) AS n FROM turns WHERE decision = 'handoff' AND reason IS NOT NULL GROUP BY reason) r), json_build_object()::text),
               (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM waits WHERE seconds IS NOT NULL),
               (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FROM waits WHERE seconds IS NOT NULL)
        FROM turns
        """;
}
