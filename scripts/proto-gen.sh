#!/usr/bin/env bash
# Generates the TypeScript-usable protobufjs code for every .proto under proto/:
# static ES module code (pbjs -t static-module -w esm) plus its type declarations (pbts).
# Usage: bash scripts/proto-gen.sh [out-dir]   (default: libs/contracts/src/generated)
# The output is never edited by hand; scripts/proto-check.sh fails when it is stale.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/libs/contracts/src/generated}"
pbjs="$root/node_modules/.bin/pbjs"

cd "$root/proto"
mapfile -t files < <(find . -name '*.proto' | sed 's|^\./||' | LC_ALL=C sort)
mkdir -p "$out"
# -r sild: a private protobufjs root, so other generated code in the same process cannot clash.
# --alt-comment: carry the .proto comments into the generated JSDoc and .d.ts.
"$pbjs" -t static-module -w esm -r sild --alt-comment --dts -p . -o "$out/sild.js" "${files[@]}"
echo "proto-gen: ${#files[@]} files -> ${out#"$root"/}/sild.{js,d.ts}"
