#!/usr/bin/env bash
# `npm test`: format check, lint (module boundaries, type-aware rules), strict type-check,
# then every test: unit specs and the integration/end-to-end suites against the real Kafka
# broker and PostgreSQL (the integration global setup starts the project's broker if needed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/use-node.sh
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false NX_SKIP_NX_CACHE="${CI:+true}"

step() { printf '\n== %s\n' "$*"; }

step "format"
npx prettier --check . --log-level warn

step "wire contract (proto lint, generated code up to date)"
bash scripts/proto-check.sh

step "lint and type-check"
npx nx run-many -t lint typecheck --parallel=2 --output-style=static

step "tests (unit, integration, end-to-end)"
report="$(mktemp)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
node -e '
  const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
  if (r.numTotalTests === 0) { console.error("no test ran"); process.exit(1); }
' "$report" || status=1
rm -f "$report"
# vitest also fails a run whose tests all passed when something threw outside a test
[ "$status" -eq 0 ] || echo "tests: vitest exited $status (failed tests, or the unhandled errors listed above)" >&2
exit "$status"
