-- The agent console: what retrieval searched for each answer, the kind of each source (a document or a curated answer),
-- agents' ratings of answers, curated answers, and the indexes its read queries need.

-- The text retrieval searched (the question, with the turn before when the question leans on it); null before this column.
ALTER TABLE hyyve.chat_rag_metadata ADD COLUMN query text;

-- 'curated' for an approved curated answer served in place of retrieval (external id curated:{id}).
ALTER TABLE hyyve.chat_rag_sources
    ADD COLUMN kind text NOT NULL DEFAULT 'document' CHECK (kind IN ('document', 'curated'));

-- The console reads a conversation's answers and a project's answers by decision.
CREATE INDEX chat_rag_metadata_conversation_idx ON hyyve.chat_rag_metadata (project_id, chatwoot_conversation_id, created_at)
    WHERE chatwoot_conversation_id IS NOT NULL;
-- The command center counts each project's jobs of the last 24 hours; every job payload names its projectId.
CREATE INDEX jobs_project_completed_idx ON hyyve.jobs ((payload ->> 'projectId'), status, updated_at) WHERE status IN ('succeeded', 'dead');
-- Handoffs are read apart from answers (wait times, reasons, gaps).
CREATE INDEX chat_rag_metadata_handoff_idx ON hyyve.chat_rag_metadata (project_id, created_at) WHERE decision = 'handoff';

-- One rating per answer (the latest wins).
CREATE TABLE hyyve.answer_feedback (
    answer_id         uuid PRIMARY KEY REFERENCES hyyve.chat_rag_metadata (answer_id) ON DELETE CASCADE,
    project_id        uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    rating            text NOT NULL CHECK (rating IN ('up', 'down')),
    corrected_answer  text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

-- Answers written by agents: pending until approved; approved ones are served before retrieval when a question is close
-- enough (Answering:CuratedSimilarity); retired ones are kept for the record. embedding is the question's vector (null
-- when no embedding model is configured; word overlap is used then).
CREATE TABLE hyyve.curated_answers (
    id                uuid PRIMARY KEY,
    project_id        uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    question          text NOT NULL,
    answer            text NOT NULL,
    status            text NOT NULL CHECK (status IN ('pending', 'approved', 'retired')),
    source_answer_id  uuid REFERENCES hyyve.chat_rag_metadata (answer_id) ON DELETE SET NULL,
    embedding         real[],
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX curated_answers_project_idx ON hyyve.curated_answers (project_id, status, updated_at DESC);
