#!/usr/bin/env bash
# Runs every Tests/e2e/*.test.sh against the built mustdo binary and prints "N passed, M failed".
# Each test gets MUSTDO_BIN, a scratch folder E2E_TMP, and must exit non-zero on failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${MUSTDO_BIN:-$root/.build/debug/mustdo}
if [ ! -x "$bin" ]; then
  echo "e2e: $bin is missing: run 'swift build' first" >&2
  exit 2
fi
if ! command -v tmux >/dev/null 2>&1; then
  echo "e2e: tmux is not installed: install it (apt-get install -y tmux); the screen tests cannot be skipped" >&2
  exit 2
fi
passed=0; failed=0; failures=()
# E2E_ONLY / E2E_EXCEPT (space-separated shell patterns on the name) narrow a run while working; CI sets neither.
matches() { local n=$1 p; shift; for p in "$@"; do [[ $n == $p ]] && return 0; done; return 1; }
read -ra only <<<"${E2E_ONLY:-}"; read -ra except <<<"${E2E_EXCEPT:-}"
for t in "$here"/*.test.sh; do
  name=$(basename "$t" .test.sh)
  if [ ${#only[@]} -gt 0 ] && ! matches "$name" "${only[@]}"; then continue; fi
  if [ ${#except[@]} -gt 0 ] && matches "$name" "${except[@]}"; then continue; fi
  tmp=$(mktemp -d /tmp/mustdo-e2e-XXXXXX)
  if MUSTDO_BIN="$bin" E2E_TMP="$tmp" HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
     bash "$t" >"$tmp/log" 2>&1; then
    passed=$((passed + 1)); echo "e2e ok   $name"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "e2e FAIL $name"; sed 's/^/    /' "$tmp/log" | tail -40
  fi
  tmux -L "mustdo-e2e-$name" kill-server >/dev/null 2>&1 || true
  rm -rf "$tmp"
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
