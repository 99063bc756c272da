-- Chatwoot connection of each tenant, the webhook delivery ledger, conversation state and transcript,
-- and the bot's own actions (replies and handoffs), which make posting idempotent across retries.

ALTER TABLE hyyve.tenants
    ADD COLUMN chatwoot_base_url     text,
    ADD COLUMN chatwoot_account_id   bigint,
    ADD COLUMN user_token_enc        bytea,
    ADD COLUMN bot_id                bigint,
    ADD COLUMN bot_token_enc         bytea,
    ADD COLUMN bot_secret_enc        bytea,
    -- For Chatwoot older than 4.13, which does not sign bot webhooks: a secret token in the URL instead.
    ADD COLUMN allow_unsigned        boolean NOT NULL DEFAULT false,
    ADD COLUMN url_token_hash        bytea,
    ADD CONSTRAINT tenants_chatwoot_account_key UNIQUE (chatwoot_base_url, chatwoot_account_id);

CREATE TABLE hyyve.webhook_deliveries (
    tenant_id    uuid NOT NULL REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    delivery_key text NOT NULL,
    event        text NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, delivery_key)
);
CREATE INDEX webhook_deliveries_received_idx ON hyyve.webhook_deliveries (received_at);

CREATE TABLE hyyve.conversations (
    tenant_id               uuid NOT NULL REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    chatwoot_conversation_id bigint NOT NULL,
    project_id              uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    status                  text NOT NULL,
    -- Chatwoot's conversation.updated_at of the report that set status: events arrive out of order, and an older
    -- report must not undo a newer state (e.g. a late "pending" after the bot handed off).
    status_at               timestamptz,
    -- 'bot' while the bot may answer; 'human' after a handoff until Chatwoot sets the conversation back to pending.
    handled_by              text NOT NULL DEFAULT 'bot' CHECK (handled_by IN ('bot', 'human')),
    handoff_reason          text,
    handed_off_at           timestamptz,
    -- The last customer message the handoff covered; older answer jobs are skipped.
    handoff_after_message_id bigint,
    contact_name            text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, chatwoot_conversation_id)
);
CREATE INDEX conversations_project_idx ON hyyve.conversations (project_id, updated_at DESC);
CREATE INDEX conversations_waiting_idx ON hyyve.conversations (tenant_id, handed_off_at) WHERE handled_by = 'human';

CREATE TABLE hyyve.conversation_messages (
    tenant_id                uuid NOT NULL REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    chatwoot_message_id      bigint NOT NULL,
    chatwoot_conversation_id bigint NOT NULL,
    message_type             text NOT NULL,
    private                  boolean NOT NULL,
    content                  text,
    sender_type              text,
    -- Set on the echo of the bot's own messages (content_attributes.hyyve.answer_id).
    answer_id                uuid,
    created_at               timestamptz NOT NULL,
    received_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, chatwoot_message_id)
);
CREATE INDEX conversation_messages_thread_idx ON hyyve.conversation_messages (tenant_id, chatwoot_conversation_id, chatwoot_message_id);
CREATE INDEX conversation_messages_answer_idx ON hyyve.conversation_messages (answer_id) WHERE answer_id IS NOT NULL;

-- One row per message the bot posts (reply, handoff message, private note). 'attempted' before the POST and
-- 'posted' after; a retry that finds 'attempted' looks for the echo before posting again.
CREATE TABLE hyyve.bot_posts (
    answer_id          uuid NOT NULL,
    part               text NOT NULL CHECK (part IN ('reply', 'handoff_message', 'handoff_note', 'status_open')),
    tenant_id          uuid NOT NULL REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    chatwoot_conversation_id bigint NOT NULL,
    state              text NOT NULL CHECK (state IN ('attempted', 'posted')),
    chatwoot_message_id bigint,
    attempts           int NOT NULL DEFAULT 1,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (answer_id, part)
);
