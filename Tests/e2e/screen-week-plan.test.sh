# Week review and planning in the real screen: w shows the grid, [ the previous week, p planning with
# yesterday's leftovers; a focus item marked there comes first in `mustdo today`.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
# Two weeks of history through the CLI: seeded 2026-11-16, the first routine done every day.
"$MUSTDO_BIN" init --db "$db" --today 2026-11-16 >/dev/null
for d in 16 17 18 19 20 21 22 23 24 25; do
  "$MUSTDO_BIN" check day-motivate --db "$db" --today 2026-11-$d >/dev/null
done
"$MUSTDO_BIN" skip day-outdoor-exercise --reason rain --db "$db" --today 2026-11-24 >/dev/null
printf 'plan_on_first_start = true\n' > "$E2E_TMP/config.toml"
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --config "$E2E_TMP/config.toml" --today 2026-11-26
# The first start of the day opens planning by itself, with yesterday's leftovers.
wait_for_text "Morning planning" 5
wait_for_text "Left from yesterday" 5
screen_text | grep -qF "[✗] Attend the motivational morning meeting" || fail "yesterday's missed items are listed"
tm send-keys -t main Escape
wait_for_text "Daily" 5
sleep 0.2
tm send-keys -t main w
wait_for_text "Week review 2026-W48" 5
screen_text | grep -E "Spend ten minutes ea.* ✓ +✓ +✓ +· +· +· +· +10/10" >/dev/null || { screen_text; fail "grid row with marks and streak"; }
screen_text | grep -qF -- "-   " || fail "a skipped cell shows -"
tm send-keys -t main '['
wait_for_text "Week review 2026-W47" 5
wait_for_text "2026-11-16 – 2026-11-22" 2
tm send-keys -t main Escape
sleep 0.2   # Escape then a key at once would read as Alt-key
tm send-keys -t main p
wait_for_text "Morning planning" 5
# Move to today's second item (past yesterday's leftovers) and mark it as focus.
n=$("$MUSTDO_BIN" plan --json --db "$db" --today 2026-11-26 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["yesterday"]["leftovers"]))')
for i in $(seq 1 $((n + 1))); do tm send-keys -t main j; done
tm send-keys -t main f
wait_for_text "Today's focus 1/5" 5
tm send-keys -t main Enter q
wait_for_exit 3
first=$("$MUSTDO_BIN" today --json --db "$db" --today 2026-11-26 | python3 -c '
import json, sys
d = json.load(sys.stdin)
items = {i["ref"]: i for p in d["periods"] for i in p["items"]}
print(items[d["focus"][0]]["routine"], items[d["focus"][0]]["focus"])')
[ "$first" = "day-outdoor-exercise True" ] || fail "the focus item is today's focus in mustdo today (got: $first)"
text=$("$MUSTDO_BIN" today --db "$db" --today 2026-11-26)
focus_line=$(echo "$text" | grep -n "Focus" | head -1 | cut -d: -f1)
daily_line=$(echo "$text" | grep -n "^Daily" | head -1 | cut -d: -f1)
[ -n "$focus_line" ] && [ "$focus_line" -lt "$daily_line" ] || fail "the Focus block comes first in mustdo today"
echo "$text" | sed -n "$((focus_line + 1))p" | grep -q "Spend ten minutes on outdoor exercise" || fail "the focus block lists the item"
