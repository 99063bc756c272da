-- Knowledge: uploaded documents, their chunks with a weighted full-text vector, and ingestion batches.

CREATE TABLE hyyve.ingestion_batches (
    id            uuid PRIMARY KEY,
    project_id    uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    status        text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    total         int NOT NULL,
    indexed       int NOT NULL DEFAULT 0,
    failed        int NOT NULL DEFAULT 0,
    error         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz
);
CREATE INDEX ingestion_batches_project_idx ON hyyve.ingestion_batches (project_id, created_at DESC);

CREATE TABLE hyyve.documents (
    id            uuid PRIMARY KEY,
    project_id    uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    external_id   text NOT NULL,
    title         text NOT NULL,
    url           text,
    content_type  text NOT NULL CHECK (content_type IN ('markdown', 'text', 'html')),
    content       text NOT NULL,
    metadata      jsonb NOT NULL DEFAULT '{}',
    -- What the document is about (metadata.entity), so a conversation that names it can be scoped to it.
    entity        text,
    category      text,
    status        text NOT NULL CHECK (status IN ('queued', 'indexed', 'failed')),
    error         text,
    batch_id      uuid REFERENCES hyyve.ingestion_batches (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    indexed_at    timestamptz,
    UNIQUE (project_id, external_id)
);
CREATE INDEX documents_batch_idx ON hyyve.documents (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE hyyve.chunks (
    id            uuid PRIMARY KEY,
    project_id    uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    document_id   uuid NOT NULL REFERENCES hyyve.documents (id) ON DELETE CASCADE,
    position      int NOT NULL,
    title         text NOT NULL,
    heading_path  text NOT NULL DEFAULT '',
    content       text NOT NULL,
    url           text,
    entity        text,
    embedding     real[],
    -- Title outranks headings, headings outrank body text.
    tsv           tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', title), 'A') ||
                      setweight(to_tsvector('english', heading_path), 'B') ||
                      setweight(to_tsvector('english', content), 'C')) STORED,
    UNIQUE (document_id, position)
);
CREATE INDEX chunks_tsv_idx ON hyyve.chunks USING gin (tsv);
CREATE INDEX chunks_project_entity_idx ON hyyve.chunks (project_id, entity);
