-- Tenant provisioning runs: the request, the plan's steps with what each created, and where the run stands.

-- tenant_id is chosen when the run starts (it is in the bot's webhook URL and the account's custom attributes); the
-- tenants row itself appears at the user-token step and goes away on rollback, so there is no foreign key.
CREATE TABLE hyyve.provisioning_runs (
    id                  uuid PRIMARY KEY,
    idempotency_key     text UNIQUE,
    tenant_id           uuid NOT NULL,
    request             jsonb NOT NULL,
    chatwoot_base_url   text NOT NULL,
    -- Only when the request brought its own platform token; otherwise Chatwoot:PlatformToken is used.
    platform_token_enc  bytea,
    public_base_url     text NOT NULL,
    status              text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'rolling_back', 'rolled_back', 'rollback_failed')),
    -- Bumped by retry and rollback, so the next step job gets a fresh dedupe key.
    generation          int NOT NULL DEFAULT 0,
    error               text,
    -- The tenant's API key, kept encrypted until the first read of the finished run shows it (then erased).
    tenant_api_key_enc  bytea,
    tenant_api_key_shown boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    completed_at        timestamptz
);

CREATE TABLE hyyve.provisioning_steps (
    run_id       uuid NOT NULL REFERENCES hyyve.provisioning_runs (id) ON DELETE CASCADE,
    position     int NOT NULL,
    name         text NOT NULL,
    state        text NOT NULL CHECK (state IN ('pending', 'running', 'succeeded', 'failed', 'compensated')),
    -- Attempts that reached Chatwoot; from the second on, a step looks for what an earlier attempt created.
    attempts     int NOT NULL DEFAULT 0,
    output       jsonb,
    error        text,
    started_at   timestamptz,
    finished_at  timestamptz,
    PRIMARY KEY (run_id, position)
);
