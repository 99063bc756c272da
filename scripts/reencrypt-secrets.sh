#!/usr/bin/env bash
# Step 2 of an encryption key rotation (README, "Rotating keys and secrets"): asks a running Hyyve to encrypt every stored
# Chatwoot token and secret with its current Tenancy__EncryptionKey. Safe to repeat; prints {"tenants":N,"secrets":M}.
set -euo pipefail
: "${HYYVE_ADMIN_KEY:?set HYYVE_ADMIN_KEY to the platform admin key}"
url="${HYYVE_URL:-http://127.0.0.1:7071}"
curl -fsS -X POST -H "Authorization: Bearer $HYYVE_ADMIN_KEY" "$url/api/admin/secrets/reencrypt"
echo
