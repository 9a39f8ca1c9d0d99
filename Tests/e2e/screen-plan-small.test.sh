# Planning at 70x20 reaches the plan text with PgDn (issue 9 item 11).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" init --db "$db" --today 2026-11-16 >/dev/null
"$MUSTDO_BIN" journal --plan "Route: north district, then the new shop on Elm Street" --db "$db" --today 2026-11-26 >/dev/null
tasks() { sqlite3 "$db" "SELECT count(*) FROM occurrence WHERE period_kind = 'task'"; }
leftovers() { "$MUSTDO_BIN" plan --json --db "$db" --today 2026-11-26 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["yesterday"]["leftovers"]))'; }

# Item 11: planning at 70x20 shows the plan text after PgDn.
start_screen 70 20 "$MUSTDO_BIN" --db "$db" --today 2026-11-26
wait_for_text "Daily" 5
tm send-keys -t main p; wait_for_text "Morning planning" 5
seen=$(screen_text)
for i in 1 2 3 4 5 6; do tm send-keys -t main PageDown; sleep 0.2; seen="$seen$(screen_text)"; done
expect_contains "$seen" "Route: north district" "planning at 70x20 reaches the plan text"
tm send-keys -t main q; wait_for_exit 3
