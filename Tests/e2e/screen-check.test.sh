# Check an item with keys in the real screen, quit, and see it checked in `mustdo today --json`.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
start_screen 160 50 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
wait_for_text "Attend the motivational morning meeting" 5
screen_text | grep -q "┌ Daily" || fail "the daily pane has a Unicode box"
tm send-keys -t main j j j Space
wait_for_text "[✓] Attend the motivational morning meeting" 5
tm send-keys -t main q
wait_for_exit 3
grep -q "exit=0" "$E2E_TMP/exit" || fail "exit status $(cat "$E2E_TMP/exit")"
[ "$(json_state 4 --db "$db" --today 2026-11-23)" = done ] || fail "ref 4 not done in the database"
# Undo from the screen reaches the database too.
rm -f "$E2E_TMP/exit"; cleanup_tmux
start_screen 160 50 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
tm send-keys -t main j j j Space
wait_for_text "[ ] Attend the motivational morning meeting" 5
tm send-keys -t main u
wait_for_text "[✓] Attend the motivational morning meeting" 5
tm send-keys -t main q
wait_for_exit 3
[ "$(json_state 4 --db "$db" --today 2026-11-23)" = done ] || fail "undo did not restore done"
