-- A tenant's bot signing secret can be replaced without downtime: the one it replaces keeps verifying deliveries until
-- previous_bot_secret_until (Chatwoot may still send webhooks signed with it while the reset propagates).
ALTER TABLE hyyve.tenants ADD COLUMN IF NOT EXISTS previous_bot_secret_enc bytea;
ALTER TABLE hyyve.tenants ADD COLUMN IF NOT EXISTS previous_bot_secret_until timestamptz;
