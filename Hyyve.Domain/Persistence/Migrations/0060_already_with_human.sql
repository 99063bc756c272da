-- An answer that was ready after Chatwoot had given the conversation to humans (a failed or timed-out delivery, a
-- restart) is recorded as not delivered with this reason; nothing is posted.
ALTER TABLE hyyve.chat_rag_metadata DROP CONSTRAINT IF EXISTS chat_rag_metadata_reason_check;
ALTER TABLE hyyve.chat_rag_metadata ADD CONSTRAINT chat_rag_metadata_reason_check
    CHECK (reason IN ('customer_request', 'low_confidence', 'missing_knowledge', 'bot_failure', 'already_with_human'));
