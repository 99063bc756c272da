namespace Hyyve.Domain.AgentConsole;

/// <summary>
/// The definitions every console figure shares, as SQL fragments (constants, never built from input).
/// A <b>bot turn</b> is a <c>chat_rag_metadata</c> row from Chatwoot whose decision is <c>answer</c> or <c>handoff</c>
/// (small talk neither uses knowledge nor hands off). A conversation <b>waits for a human</b> when the bot handed it off,
/// it is still open, and no agent has replied in public since the handoff.
/// </summary>
internal static class ConsoleSql
{
    public const string BotTurn = "m.origin = 'chatwoot' AND m.decision IN ('answer', 'handoff')";

    /// <summary>The answer's public reply cites at least one source: <c>citations</c> holds the reply's citations (the sources
    /// marked <c>cited</c>), so coverage needs no read of <c>chat_rag_sources</c>.</summary>
    public const string Covered = "m.decision = 'answer' AND jsonb_array_length(m.citations) > 0";

    /// <summary>Over <c>hyyve.conversations c</c>.</summary>
    public const string WaitingForHuman = """
        c.handled_by = 'human' AND c.status = 'open' AND c.handed_off_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM hyyve.conversation_messages x
                        WHERE x.tenant_id = c.tenant_id AND x.chatwoot_conversation_id = c.chatwoot_conversation_id
                          AND x.sender_type = 'user' AND NOT x.private AND x.message_type = 'outgoing' AND x.created_at >= c.handed_off_at)
        """;

    /// <summary>The sources of answer <c>m</c> as a JSON array of <see cref="ConsoleSource"/>, by rank.</summary>
    public const string SourcesOfAnswer = """
        coalesce((SELECT json_agg(json_build_object('rank', s.rank, 'title', s.title, 'url', s.url, 'score', s.score, 'cited', s.cited,
                                                    'chunkId', s.chunk_id, 'kind', s.kind) ORDER BY s.rank)
                  FROM hyyve.chat_rag_sources s WHERE s.answer_id = m.answer_id), '[]')::text
        """;

    /// <summary>Projects the caller sees (<c>@tenant_id</c> null: every tenant).</summary>
    public const string VisibleProjects = """
        SELECT p.id, p.tenant_id, p.name FROM hyyve.projects p WHERE @tenant_id::uuid IS NULL OR p.tenant_id = @tenant_id::uuid
        """;
}
