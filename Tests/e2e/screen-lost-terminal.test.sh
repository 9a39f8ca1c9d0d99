# Closing the terminal while a prompt, form or editor is open ends the program (EOF/EIO or SIGHUP on input): no orphan
# process is left spinning (issue 9 item 1).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
n=0
for keys in n r "R a" S; do
  n=$((n + 1)); TMUX_SOCKET="mustdo-e2e-lost-$$-$n"
  start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
  wait_for_text "Daily" 5
  for k in $keys; do tm send-keys -t main "$k"; sleep 0.1; done
  sleep 0.3
  pid=$(app_pid "$db")
  tm kill-server   # the terminal goes away
  i=0; while kill -0 "$pid" 2>/dev/null && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
  kill -0 "$pid" 2>/dev/null && fail "after '$keys' the program outlived its terminal by 2 s"
done
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
