# Help scrolls, so every key can be read at 100x30 (issue 9 item 11).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" init --db "$db" --today 2026-11-16 >/dev/null
"$MUSTDO_BIN" journal --plan "Route: north district, then the new shop on Elm Street" --db "$db" --today 2026-11-26 >/dev/null
tasks() { sqlite3 "$db" "SELECT count(*) FROM occurrence WHERE period_kind = 'task'"; }
leftovers() { "$MUSTDO_BIN" plan --json --db "$db" --today 2026-11-26 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["yesterday"]["leftovers"]))'; }

# Item 11: help at 100x30 scrolls to every key.
start_screen 100 30 "$MUSTDO_BIN" --db "$db" --today 2026-11-26
wait_for_text "Daily" 5
tm send-keys -t main '?'; wait_for_text "Keys ·" 3
pages=$(screen_text)
for i in 1 2 3; do tm send-keys -t main PageDown; sleep 0.2; pages="$pages$(screen_text)"; done
for text in "mark / unmark as today's focus" "add a one-off task" "week review" "morning planning" "write today's journal" \
            "edit the journal in \$EDITOR" "edit routines" "settings" "help" "quit"; do
  expect_contains "$pages" "$text" "help lists '$text' when scrolled"
done
tm send-keys -t main Escape; sleep 0.2; tm send-keys -t main q; wait_for_exit 3

