# The week grid at 40x12 (issue 9, item 14) draws all seven days and no fragments; LANG=C with --lang zh falls back to
# English and says so instead of drawing ????.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" check 1 2 --db "$db" --today 2026-11-26 >/dev/null
start_screen 40 12 "$MUSTDO_BIN" --db "$db" --today 2026-11-26
wait_for_text "Daily" 5
tm send-keys -t main w
wait_for_text "Week review" 5
screen=$(screen_text)
heading=$(printf '%s\n' "$screen" | sed -n 2p)
for day in Mon Tue Wed Thu Fri Sat Sun; do expect_contains "$heading" "$day" "the grid's heading at 40x12"; done
dates=$(printf '%s\n' "$screen" | sed -n 3p | sed 's/ *$//')
case "$dates" in *" 29") ;; *) fail "the date row ends with Sunday's date, not a fragment: '$dates'" ;; esac
expect_contains "$screen" "streak 1, best 1" "the selected routine's streak is said when its column does not fit"
tm send-keys -t main q
wait_for_exit 3
cleanup_tmux
rm -f "$E2E_TMP/exit"
start_screen 80 24 env LANG=C LC_ALL=C "$MUSTDO_BIN" --lang zh --db "$db" --today 2026-11-26
wait_for_text "Chinese cannot be shown" 5
screen=$(screen_text)
case "$screen" in *"??"*) fail "no ???? on screen: $screen" ;; esac
expect_contains "$screen" "Daily" "the screen is in English"
tm send-keys -t main q
wait_for_exit 3
