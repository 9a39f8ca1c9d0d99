# Planning's `c` carries a leftover over once (it leaves the leftovers) and `u` undoes it, task included; `U` redoes it (issue 9 item 4).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" init --db "$db" --today 2026-11-16 >/dev/null
"$MUSTDO_BIN" journal --plan "Route: north district, then the new shop on Elm Street" --db "$db" --today 2026-11-26 >/dev/null
tasks() { sqlite3 "$db" "SELECT count(*) FROM occurrence WHERE period_kind = 'task'"; }
leftovers() { "$MUSTDO_BIN" plan --json --db "$db" --today 2026-11-26 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["yesterday"]["leftovers"]))'; }

# Item 4.
n0=$(leftovers)
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-26
wait_for_text "Daily" 5
tm send-keys -t main p; wait_for_text "Left from yesterday ($n0)" 5
tm send-keys -t main c; wait_for_text "Carried over to today: " 3
wait_for_text "Left from yesterday ($((n0 - 1)))" 3
tm send-keys -t main c; wait_for_text "Left from yesterday ($((n0 - 2)))" 3
[ "$(tasks)" = 2 ] || fail "two carries made $(tasks) tasks"
dups=$(sqlite3 "$db" "SELECT count(*) FROM (SELECT title_id FROM occurrence WHERE period_kind = 'task' GROUP BY title_id HAVING count(*) > 1)")
[ "$dups" = 0 ] || fail "the same leftover was carried over twice"
tm send-keys -t main u; wait_for_text "Undid: " 3
wait_for_text "Left from yesterday ($((n0 - 1)))" 3
[ "$(tasks)" = 1 ] || fail "undo left $(tasks) tasks (expected 1)"
tm send-keys -t main U; wait_for_text "Redid: " 3
wait_for_text "Left from yesterday ($((n0 - 2)))" 3
[ "$(tasks)" = 2 ] || fail "redo made $(tasks) tasks (expected 2)"
tm send-keys -t main q; wait_for_exit 3

