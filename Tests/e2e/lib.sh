# Shared helpers for the end-to-end tests (sourced).
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_contains() { # haystack needle what
  case "$1" in *"$2"*) ;; *) fail "$3: expected to find '$2' in:"$'\n'"$1" ;; esac
}

# tmux helpers: every test uses its own server socket so nothing leaks between tests.
TMUX_SOCKET="mustdo-e2e-$(basename "$0" .test.sh)-$$"
tm() { tmux -L "$TMUX_SOCKET" "$@"; }
# Waits for the old server to be gone: a new-session sent to a server still shutting down fails ("server exited unexpectedly").
cleanup_tmux() {
  local pid i=0; pid=$(tm list-sessions -F '#{pid}' 2>/dev/null | head -1 || true)
  tm kill-server >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then while kill -0 "$pid" 2>/dev/null && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done; fi
}
trap cleanup_tmux EXIT
# start_screen W H CMD...: runs CMD in a fresh window; after it ends, its status goes to $E2E_TMP/exit and `stty -a` to $E2E_TMP/stty.
start_screen() {
  local w=$1 h=$2; shift 2
  printf '%q ' "$@" > "$E2E_TMP/cmd"
  tm new-session -d -s main -x "$w" -y "$h" \
    "sh -c 'echo \$\$ > $E2E_TMP/pid; exec sh -c \"$(cat "$E2E_TMP/cmd"); echo exit=\\\$? > $E2E_TMP/exit; stty -a > $E2E_TMP/stty; sleep 60\"'"
  wait_for_regex "MustDo|Morning planning|晨间计划" 10
}
# The screen tests start on the home screen unless a test passes its own --config.
printf 'plan_on_first_start = false\n' > "$E2E_TMP/default-config.toml"
export MUSTDO_CONFIG="$E2E_TMP/default-config.toml"
wait_for_regex() {
  local i=0 limit=$(( ${2:-5} * 20 ))
  while [ $i -lt $limit ]; do
    if screen_text | grep -qE -- "$1"; then return 0; fi
    sleep 0.05; i=$((i + 1))
  done
  echo "---- screen ----"; screen_text; echo "----------------"
  fail "timed out waiting for /$1/"
}
screen_text() { tm capture-pane -p -t main; }
# wait_for_text TEXT SECONDS
wait_for_text() {
  local i=0 limit=$(( ${2:-5} * 20 ))
  while [ $i -lt $limit ]; do
    if screen_text | grep -qF -- "$1"; then return 0; fi
    sleep 0.05; i=$((i + 1))
  done
  echo "---- screen ----"; screen_text; echo "----------------"
  fail "timed out waiting for '$1'"
}
wait_for_exit() { # SECONDS
  local i=0 limit=$(( ${1:-5} * 20 ))
  while [ $i -lt $limit ]; do [ -f "$E2E_TMP/exit" ] && return 0; sleep 0.05; i=$((i + 1)); done
  fail "the program did not exit within $1 s"
}
app_pid() { pgrep -n -f -- "$MUSTDO_BIN .*--db $1" || fail "the program is not running"; }
json_state() { # REF → state of that ref in today's JSON
  "$MUSTDO_BIN" today --json "${@:2}" | python3 -c "import json,sys; d=json.load(sys.stdin); print([i['state'] for p in d['periods'] for i in p['items'] if i['ref']==$1][0])"
}
