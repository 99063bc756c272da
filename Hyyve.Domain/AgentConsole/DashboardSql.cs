namespace Hyyve.Domain.AgentConsole;

/// <summary>
/// The statement of <see cref="DashboardQuery"/>: one row per visible project with its figures, and on every row the
/// figures that do not add up across projects (handoffs by reason, HITL wait percentiles).
/// </summary>
internal static class DashboardSql
{
    public const string Projects = $"""
        WITH visible AS ({ConsoleSql.VisibleProjects}),
        per_project AS (
            SELECT m.project_id, count(*) AS bot_turns, count(*) FILTER (WHERE m.decision = 'answer') AS answers,
                   count(*) FILTER (WHERE m.decision = 'handoff') AS handoffs, count(*) FILTER (WHERE {ConsoleSql.Covered}) AS covered,
                   sum(m.confidence) AS confidence_sum
            FROM hyyve.chat_rag_metadata m
            WHERE {ConsoleSql.BotTurn} AND m.project_id IN (SELECT id FROM visible)
            GROUP BY m.project_id),
        handoffs AS MATERIALIZED (
            SELECT m.tenant_id, m.chatwoot_conversation_id, m.reason, m.created_at
            FROM hyyve.chat_rag_metadata m
            WHERE m.origin = 'chatwoot' AND m.decision = 'handoff' AND m.project_id IN (SELECT id FROM visible)),
        chats AS (
            SELECT c.project_id, count(*) AS conversations, count(*) FILTER (WHERE c.status IN ('open', 'pending')) AS active
            FROM hyyve.conversations c WHERE c.project_id IN (SELECT id FROM visible)
            GROUP BY c.project_id),
        waiting AS (
            SELECT c.project_id, count(*) AS waiting, min(c.handed_off_at) AS oldest_waiting
            FROM hyyve.conversations c
            WHERE {ConsoleSql.WaitingForHuman} AND c.project_id IN (SELECT id FROM visible)
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
            ORDER BY r.project_id, r.queued_at DESC),
        -- A handoff's wait runs from its record to the first public agent reply after it in that conversation.
        waits AS (
            SELECT extract(epoch FROM (
                       SELECT min(x.created_at) FROM hyyve.conversation_messages x
                       WHERE x.tenant_id = t.tenant_id AND x.chatwoot_conversation_id = t.chatwoot_conversation_id
                         AND x.sender_type = 'user' AND NOT x.private AND x.message_type = 'outgoing' AND x.created_at >= t.created_at)
                   - t.created_at)::float8 AS seconds
            FROM handoffs t),
        overall AS (
            SELECT coalesce((SELECT json_object_agg(r.reason, r.n)::text FROM (
                       SELECT reason, count(*) AS n FROM handoffs WHERE reason IS NOT NULL GROUP BY reason) r),
                       json_build_object()::text) AS by_reason,
                   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM waits WHERE seconds IS NOT NULL) AS p50,
                   (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FROM waits WHERE seconds IS NOT NULL) AS p90)
        SELECT v.id, v.tenant_id, v.name,
               coalesce(j.completed, 0), coalesce(j.failed, 0), coalesce(c.active, 0), coalesce(w.waiting, 0),
               t.confidence_sum / nullif(t.bot_turns, 0), extract(epoch FROM @now - w.oldest_waiting)::float8, s.status,
               coalesce(c.conversations, 0), coalesce(t.answers, 0), coalesce(t.handoffs, 0),
               coalesce(t.bot_turns, 0), coalesce(t.covered, 0), coalesce(t.confidence_sum, 0)::float8,
               o.by_reason, o.p50, o.p90
        FROM visible v
        CROSS JOIN overall o
        LEFT JOIN per_project t ON t.project_id = v.id
        LEFT JOIN chats c ON c.project_id = v.id
        LEFT JOIN waiting w ON w.project_id = v.id
        LEFT JOIN recent_jobs j ON j.project_id = v.id
        LEFT JOIN last_sync s ON s.project_id = v.id
        ORDER BY v.name, v.id
        """;
}
