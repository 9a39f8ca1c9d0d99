# While another process holds the write lock, the screen says that it is waiting instead of freezing, finishes the
# change when the lock is released, and a SIGTERM during the wait ends it within a second with the terminal restored
# (issue 15 item 2).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" --db "$db" --today 2026-11-23 today >/dev/null
hold_lock() { # SECONDS: holds the write lock in the background; sets lock_pid
  printf 'BEGIN IMMEDIATE;\n.shell sleep %s\nCOMMIT;\n' "$1" | sqlite3 "$db" &
  lock_pid=$!
  sleep 0.3
}

# 1. The lock is released after a while: the screen waits visibly, then the check is committed.
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
wait_for_text "Daily" 5
hold_lock 2
tm send-keys -t main Space
wait_for_text "Waiting for another MustDo process" 2
wait $lock_pid
wait_for_text "Done: " 5
[ "$(json_state 1 --db "$db" --today 2026-11-23)" = done ] || fail "the check was not committed after the lock was released"
tm send-keys -t main q
wait_for_exit 3

# 2. A SIGTERM while waiting ends the program at once; nothing half-written.
rm -f "$E2E_TMP/exit" "$E2E_TMP/stty"; cleanup_tmux; TMUX_SOCKET="$TMUX_SOCKET-2"
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
wait_for_text "Daily" 5
hold_lock 8
tm send-keys -t main Space
wait_for_text "Waiting for another MustDo process" 2
start=$(date +%s%N)
kill -TERM "$(app_pid "$db")"
i=0; while [ ! -f "$E2E_TMP/exit" ] && [ $i -lt 60 ]; do sleep 0.05; i=$((i + 1)); done
[ -f "$E2E_TMP/exit" ] || fail "the program did not end within 3 s of SIGTERM while waiting for the lock"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$ms" -lt 1000 ] || fail "SIGTERM while waiting for the lock took $ms ms"
i=0; while ! grep -q 'echoctl' "$E2E_TMP/stty" 2>/dev/null && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
grep -Eq '(^| )icanon( |$)' "$E2E_TMP/stty" || fail "terminal left without icanon"
grep -Eq '(^| )echo( |$)' "$E2E_TMP/stty" || fail "terminal left without echo"
kill "$lock_pid" 2>/dev/null || true
wait "$lock_pid" 2>/dev/null || true
[ "$(json_state 1 --db "$db" --today 2026-11-23)" = done ] || fail "the earlier check was lost"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
