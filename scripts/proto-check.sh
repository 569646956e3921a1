#!/usr/bin/env bash
# Fails when proto/ breaks the lint rules or libs/contracts/src/generated is stale:
# lints the .proto files, regenerates into a temporary directory and diffs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$root/node_modules/.bin/tsx" "$root/scripts/proto-lint.ts"
bash "$root/scripts/proto-gen.sh" "$tmp" >/dev/null
if ! diff -r "$tmp" "$root/libs/contracts/src/generated" >"$tmp.diff" 2>&1; then
  head -40 "$tmp.diff" >&2
  rm -f "$tmp.diff"
  echo "proto-check: libs/contracts/src/generated is stale; run 'npm run proto:gen' and commit the result" >&2
  exit 1
fi
rm -f "$tmp.diff"
echo "proto-check: generated code is up to date"
