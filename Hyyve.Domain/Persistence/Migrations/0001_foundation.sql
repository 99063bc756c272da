-- Tenants (Chatwoot accounts), their projects (inboxes with a knowledge base), API keys, and the job queue.

CREATE TABLE hyyve.tenants (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hyyve.projects (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    name        text NOT NULL,
    -- The Chatwoot inbox this project answers in (null for a project used only through the API).
    chatwoot_inbox_id    bigint,
    portal_slug          text,
    locale               text,
    -- Null means the service default (Answering:ConfidenceThreshold / Answering:HandoffMessage).
    confidence_threshold real CHECK (confidence_threshold BETWEEN 0 AND 1),
    handoff_message      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, chatwoot_inbox_id)
);
CREATE INDEX projects_tenant_idx ON hyyve.projects (tenant_id);

-- Keys are stored as SHA-256 hashes; the prefix lets an operator recognise a key without revealing it.
CREATE TABLE hyyve.api_keys (
    id          uuid PRIMARY KEY,
    scope       text NOT NULL CHECK (scope IN ('admin', 'tenant')),
    tenant_id   uuid REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    name        text NOT NULL,
    prefix      text NOT NULL,
    key_hash    bytea NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    CHECK ((scope = 'admin') = (tenant_id IS NULL))
);

CREATE TABLE hyyve.jobs (
    id               bigserial PRIMARY KEY,
    kind             text NOT NULL,
    payload          jsonb NOT NULL,
    dedupe_key       text UNIQUE,
    status           text NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'running', 'succeeded', 'dead')),
    attempts         int NOT NULL DEFAULT 0,
    max_attempts     int NOT NULL,
    run_at           timestamptz NOT NULL DEFAULT now(),
    lease_expires_at timestamptz,
    leased_by        text,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    completed_at     timestamptz
);
-- The lease query reads only ready rows in run order; the reaper reads only running rows by expiry.
CREATE INDEX jobs_ready_idx ON hyyve.jobs (run_at, id) WHERE status = 'ready';
CREATE INDEX jobs_running_idx ON hyyve.jobs (lease_expires_at) WHERE status = 'running';
CREATE INDEX jobs_dead_idx ON hyyve.jobs (updated_at DESC) WHERE status = 'dead';
