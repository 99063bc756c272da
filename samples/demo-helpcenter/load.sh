#!/usr/bin/env bash
# Loads the Lumora demo help center into a project through the documents API.
# Usage: ./load.sh <project-id> <api-key> [base-url]
set -euo pipefail
project="$1"; key="$2"; base="${3:-http://127.0.0.1:7071}"
here="$(cd "$(dirname "$0")" && pwd)"
curl -sS --fail-with-body -X POST "$base/api/projects/$project/documents" \
  -H "Authorization: Bearer $key" -H "Content-Type: application/json" --data-binary "@$here/documents.json"
echo
