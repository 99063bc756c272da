namespace Hyyve.Domain.Answering;

/// <summary>The statements of <see cref="RagMetadataStore"/>, kept apart so the store reads as the steps it takes.</summary>
internal static class RagMetadataSql
{
    // ON CONFLICT without a target covers both the answer id and the one-answer-per-message index.
    public const string InsertAnswer = """
        INSERT INTO hyyve.chat_rag_metadata (answer_id, tenant_id, project_id, origin, chatwoot_conversation_id, chatwoot_message_id,
            question, decision, reason, confidence, model, retrieval_ms, generation_ms, total_ms, prompt_tokens, completion_tokens,
            reply_text, draft_text, citations, query)
        SELECT @answer_id, p.tenant_id, p.id, @origin, @conversation_id, @message_id, @question, @decision, @reason, @confidence,
               @model, @retrieval_ms, @generation_ms, @total_ms, @prompt_tokens, @completion_tokens, @reply_text, @draft_text, @citations, @query
        FROM hyyve.projects p WHERE p.id = @project_id
        ON CONFLICT DO NOTHING
        RETURNING answer_id
        """;

    public const string InsertSources = """
        INSERT INTO hyyve.chat_rag_sources (answer_id, rank, external_id, chunk_id, title, url, score, cited, kind)
        SELECT @answer_id, s.rank, s.external_id, s.chunk_id, s.title, s.url, s.score, s.cited,
               CASE WHEN s.external_id LIKE 'curated:%' THEN 'curated' ELSE 'document' END
        FROM unnest(@ranks, @external_ids, @chunk_ids, @titles, @urls, @scores, @cited)
             AS s(rank, external_id, chunk_id, title, url, score, cited)
        """;

    public const string UpsertAnalytics = """
        INSERT INTO hyyve.chat_conversation_analytics AS a (project_id, conversation_key, answers, handoffs, confidence_sum,
            avg_confidence, low_confidence_count, last_decision, last_reason)
        VALUES (@project_id, @conversation_key, @answered, @handed_off, @confidence, @confidence, @low_confidence, @decision, @reason)
        ON CONFLICT (project_id, conversation_key) DO UPDATE
        SET answers = a.answers + excluded.answers,
            handoffs = a.handoffs + excluded.handoffs,
            confidence_sum = a.confidence_sum + excluded.confidence_sum,
            avg_confidence = (a.confidence_sum + excluded.confidence_sum) / (a.answers + a.handoffs + 1),
            low_confidence_count = a.low_confidence_count + excluded.low_confidence_count,
            last_decision = excluded.last_decision,
            last_reason = excluded.last_reason,
            last_activity_at = now()
        """;

    // An answer that never reached the customer becomes what it ended as: a bot_failure handoff. The analytics move
    // it from answers to handoffs; data-modifying CTEs all run whether or not the final statement reads them.
    public const string MarkBotFailure = """
        WITH old AS (
            SELECT answer_id, project_id, chatwoot_conversation_id, decision FROM hyyve.chat_rag_metadata
            WHERE answer_id = @answer_id AND reason IS DISTINCT FROM 'bot_failure'
            FOR UPDATE),
        changed AS (
            UPDATE hyyve.chat_rag_metadata m
            SET decision = 'handoff', reason = 'bot_failure', draft_text = coalesce(m.draft_text, m.reply_text), reply_text = NULL
            FROM old WHERE m.answer_id = old.answer_id)
        UPDATE hyyve.chat_conversation_analytics a
        SET answers = a.answers - CASE WHEN old.decision = 'answer' THEN 1 ELSE 0 END,
            handoffs = a.handoffs + CASE WHEN old.decision = 'answer' THEN 1 ELSE 0 END,
            last_decision = 'handoff', last_reason = 'bot_failure', last_activity_at = now()
        FROM old
        WHERE a.project_id = old.project_id AND a.conversation_key = old.chatwoot_conversation_id::text
        """;

    public const string SelectForMessage = """
        SELECT m.answer_id, m.decision, m.reason, m.reply_text, m.draft_text, m.confidence, m.citations::text,
               m.retrieval_ms, m.generation_ms, m.total_ms, m.model, m.prompt_tokens, m.completion_tokens,
               coalesce((SELECT json_agg(json_build_array(s.rank, s.external_id, s.title, s.url, s.chunk_id, s.score, s.cited) ORDER BY s.rank)
                         FROM hyyve.chat_rag_sources s WHERE s.answer_id = m.answer_id), '[]')::text
        FROM hyyve.chat_rag_metadata m
        WHERE m.project_id = @project_id AND m.chatwoot_conversation_id = @conversation_id AND m.chatwoot_message_id = @message_id
        """;
}
