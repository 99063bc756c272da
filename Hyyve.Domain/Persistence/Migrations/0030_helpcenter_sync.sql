-- Help Center sync: documents remember where they came from, each project's sync state and schedule, and the runs.

-- 'upload' for documents posted through the API, 'helpcenter' for articles synced from the project's Chatwoot portal
-- (external id helpcenter:{articleId}). content_hash is the hash of what was indexed, so a re-sync compares instead of
-- re-indexing; source_updated_at is the article's updated_at.
ALTER TABLE hyyve.documents
    ADD COLUMN source            text NOT NULL DEFAULT 'upload' CHECK (source IN ('upload', 'helpcenter')),
    ADD COLUMN content_hash      text,
    ADD COLUMN source_updated_at timestamptz;
CREATE INDEX documents_project_source_idx ON hyyve.documents (project_id, source);

-- One row per project with a portal. next_run_at is claimed with FOR UPDATE SKIP LOCKED, so several processes run each
-- due sync once. The watermark and the last full sweep are read from sync_runs, so a sync writes only its own run.
CREATE TABLE hyyve.sync_state (
    project_id          uuid PRIMARY KEY REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    -- NCRONTAB with seconds (six fields); null means HelpCenter:DefaultSchedule.
    schedule            text,
    next_run_at         timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_state_due_idx ON hyyve.sync_state (next_run_at);

CREATE TABLE hyyve.sync_runs (
    id               uuid PRIMARY KEY,
    project_id       uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    trigger          text NOT NULL CHECK (trigger IN ('manual', 'schedule')),
    status           text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'skipped')),
    attempts         int NOT NULL DEFAULT 0,
    full_sweep       boolean NOT NULL DEFAULT false,
    pages_read       int NOT NULL DEFAULT 0,
    articles_seen    int NOT NULL DEFAULT 0,
    created          int NOT NULL DEFAULT 0,
    updated          int NOT NULL DEFAULT 0,
    deleted          int NOT NULL DEFAULT 0,
    unchanged        int NOT NULL DEFAULT 0,
    failed           int NOT NULL DEFAULT 0,
    -- [{articleId, title, error}] of articles that could not be indexed; the run goes on without them.
    failures         jsonb NOT NULL DEFAULT '[]',
    error            text,
    -- Newest article updated_at (epoch seconds) the run read; the next run lists down to it minus an overlap.
    watermark_before bigint,
    watermark_after  bigint,
    queued_at        timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    -- Moves on every page; an active run whose heartbeat is older than HelpCenter:StaleRunAfter was lost (its queue
    -- message never written, or its job gone) and no longer blocks new runs.
    heartbeat_at     timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    duration_ms      bigint
);
CREATE INDEX sync_runs_project_idx ON hyyve.sync_runs (project_id, queued_at DESC);
CREATE INDEX sync_runs_active_idx ON hyyve.sync_runs (project_id) WHERE status IN ('queued', 'running');
