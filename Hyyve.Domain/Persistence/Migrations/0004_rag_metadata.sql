-- What every answer or handoff was based on, per message, and running totals per conversation.

CREATE TABLE hyyve.chat_rag_metadata (
    answer_id                 uuid PRIMARY KEY,
    tenant_id                 uuid NOT NULL REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    project_id                uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    origin                    text NOT NULL CHECK (origin IN ('chatwoot', 'playground')),
    chatwoot_conversation_id  bigint,
    chatwoot_message_id       bigint,
    question                  text NOT NULL,
    decision                  text NOT NULL CHECK (decision IN ('answer', 'handoff')),
    reason                    text CHECK (reason IN ('customer_request', 'low_confidence', 'missing_knowledge', 'bot_failure')),
    confidence                real NOT NULL,
    model                     text NOT NULL,
    retrieval_ms              real NOT NULL,
    generation_ms             real NOT NULL,
    total_ms                  real NOT NULL,
    prompt_tokens             int NOT NULL DEFAULT 0,
    completion_tokens         int NOT NULL DEFAULT 0,
    reply_text                text,
    draft_text                text,
    citations                 jsonb NOT NULL DEFAULT '[]',
    created_at                timestamptz NOT NULL DEFAULT now()
);
-- One answer per Chatwoot message: the bot loop reads it back instead of answering twice.
CREATE UNIQUE INDEX chat_rag_metadata_message_idx ON hyyve.chat_rag_metadata (project_id, chatwoot_conversation_id, chatwoot_message_id)
    WHERE chatwoot_conversation_id IS NOT NULL AND chatwoot_message_id IS NOT NULL;
CREATE INDEX chat_rag_metadata_project_idx ON hyyve.chat_rag_metadata (project_id, created_at DESC);

CREATE TABLE hyyve.chat_rag_sources (
    answer_id    uuid NOT NULL REFERENCES hyyve.chat_rag_metadata (answer_id) ON DELETE CASCADE,
    rank         int NOT NULL,
    external_id  text NOT NULL,
    chunk_id     uuid NOT NULL,
    title        text NOT NULL,
    url          text,
    score        real NOT NULL,
    cited        boolean NOT NULL,
    PRIMARY KEY (answer_id, rank)
);

-- Keyed by the Chatwoot conversation, or 'playground' for answers asked through the API.
CREATE TABLE hyyve.chat_conversation_analytics (
    project_id            uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    conversation_key      text NOT NULL,
    answers               int NOT NULL DEFAULT 0,
    handoffs              int NOT NULL DEFAULT 0,
    confidence_sum        double precision NOT NULL DEFAULT 0,
    avg_confidence        real NOT NULL DEFAULT 0,
    low_confidence_count  int NOT NULL DEFAULT 0,
    last_decision         text NOT NULL,
    last_reason           text,
    first_activity_at     timestamptz NOT NULL DEFAULT now(),
    last_activity_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, conversation_key)
);
