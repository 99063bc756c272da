namespace Hyyve.Benchmarks;

/// <summary>Seeds the console benchmark's rows in one batch of set-based statements (the connected project plus the others).</summary>
internal static class ConsoleBenchmarkSeed
{
    public const string Sql = """
        INSERT INTO hyyve.projects (id, tenant_id, name, chatwoot_inbox_id)
        SELECT gen_random_uuid(), @tenant_id, 'Bench project ' || g, 900000 + g FROM generate_series(1, @projects) g;

        WITH p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM hyyve.projects WHERE tenant_id = @tenant_id)
        INSERT INTO hyyve.conversations (tenant_id, chatwoot_conversation_id, project_id, status, handled_by, handoff_reason, handed_off_at,
                                         contact_name, updated_at)
        SELECT @tenant_id, 1000000 + (p.n - 1) * @per_project + c, p.id,
               CASE WHEN c % 5 = 0 THEN 'open' WHEN c % 7 = 0 THEN 'resolved' ELSE 'pending' END,
               CASE WHEN c % 5 = 0 THEN 'human' ELSE 'bot' END,
               CASE WHEN c % 5 = 0 THEN (ARRAY['customer_request', 'low_confidence', 'missing_knowledge', 'bot_failure'])[1 + c % 4] END,
               CASE WHEN c % 5 = 0 THEN now() - make_interval(mins => (c)::int) END,
               'Contact ' || c, now() - make_interval(mins => (c)::int)
        FROM p CROSS JOIN generate_series(1, @per_project) c;

        INSERT INTO hyyve.chat_rag_metadata (answer_id, tenant_id, project_id, origin, chatwoot_conversation_id, chatwoot_message_id, question,
            decision, reason, confidence, model, retrieval_ms, generation_ms, total_ms, created_at)
        SELECT gen_random_uuid(), c.tenant_id, c.project_id, 'chatwoot', c.chatwoot_conversation_id, c.chatwoot_conversation_id * 10 + k - 1,
               'Question ' || k, CASE WHEN c.handled_by = 'human' AND k = 4 THEN 'handoff' ELSE 'answer' END,
               CASE WHEN c.handled_by = 'human' AND k = 4 THEN c.handoff_reason END, random(), 'extractive', 5, 1, 6,
               c.updated_at - make_interval(mins => (5 - k)::int)
        FROM hyyve.conversations c CROSS JOIN (VALUES (2), (4)) v(k) WHERE c.tenant_id = @tenant_id;

        INSERT INTO hyyve.conversation_messages (tenant_id, chatwoot_message_id, chatwoot_conversation_id, message_type, private, content,
            sender_type, answer_id, created_at)
        SELECT c.tenant_id, c.chatwoot_conversation_id * 10 + k, c.chatwoot_conversation_id,
               CASE WHEN k % 2 = 1 THEN 'incoming' ELSE 'outgoing' END, false, 'Message ' || k,
               CASE WHEN k % 2 = 1 THEN 'contact' ELSE 'agent_bot' END, m.answer_id, c.updated_at - make_interval(mins => (5 - k)::int)
        FROM hyyve.conversations c CROSS JOIN generate_series(1, 4) k
        LEFT JOIN hyyve.chat_rag_metadata m ON m.project_id = c.project_id AND m.chatwoot_conversation_id = c.chatwoot_conversation_id
                                          AND m.chatwoot_message_id = c.chatwoot_conversation_id * 10 + k - 1
        WHERE c.tenant_id = @tenant_id;

        INSERT INTO hyyve.chat_rag_sources (answer_id, rank, external_id, chunk_id, title, url, score, cited)
        SELECT m.answer_id, r, 'doc-' || r, gen_random_uuid(), 'Doc ' || r, 'https://help.bench.example/' || r, 1.0 / r, r = 1
        FROM hyyve.chat_rag_metadata m CROSS JOIN generate_series(1, 3) r WHERE m.tenant_id = @tenant_id;

        INSERT INTO hyyve.jobs (kind, payload, status, max_attempts, attempts, created_at, updated_at, completed_at)
        SELECT 'chatwoot-events', jsonb_build_object('projectId', c.project_id, 'conversationId', c.chatwoot_conversation_id),
               CASE WHEN c.chatwoot_conversation_id % 97 = 0 AND k = 1 THEN 'dead' ELSE 'succeeded' END, 5, 1,
               now() - make_interval(mins => (c.chatwoot_conversation_id % 2000)::int), now() - make_interval(mins => (c.chatwoot_conversation_id % 2000)::int),
               now() - make_interval(mins => (c.chatwoot_conversation_id % 2000)::int)
        FROM hyyve.conversations c CROSS JOIN generate_series(1, 2) k WHERE c.tenant_id = @tenant_id;

        ANALYZE;
        """;
}
