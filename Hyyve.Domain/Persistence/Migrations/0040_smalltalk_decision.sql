-- A greeting or thanks gets a short reply that is neither a knowledge answer nor a handoff.
ALTER TABLE hyyve.chat_rag_metadata DROP CONSTRAINT IF EXISTS chat_rag_metadata_decision_check;
ALTER TABLE hyyve.chat_rag_metadata ADD CONSTRAINT chat_rag_metadata_decision_check
    CHECK (decision IN ('answer', 'handoff', 'smalltalk'));
