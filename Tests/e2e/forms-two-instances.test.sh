# Two screens on one database (issue 9, item 13): the week start changed in one is taken by the other (config.toml
# changed on disk), the other shows the whole new week (not 1/1) with this week's checked item still checked, and
# neither switches the shape back.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
cfg="$E2E_TMP/config.toml"
printf 'plan_on_first_start = false\nweek_start = "monday"\n' > "$cfg"
"$MUSTDO_BIN" check week-expenses --db "$db" --config "$cfg" --today 2026-11-26 >/dev/null
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --config "$cfg" --today 2026-11-26
tm new-session -d -s other -x 120 -y 40 "$MUSTDO_BIN --db $db --config $cfg --today 2026-11-26; sleep 60"
other_text() { tm capture-pane -p -t other; }
i=0; until other_text | grep -qF "Weekly 2026-W48 "; do i=$((i + 1)); [ $i -lt 200 ] || fail "the second screen did not start"; sleep 0.05; done
tm send-keys -t main S
wait_for_text "Settings ·" 5
tm send-keys -t main C-u
tm send-keys -t main -l "sunday"
tm send-keys -t main C-s
wait_for_text "Settings saved to config.toml." 5
i=0; until other_text | grep -qF "2026-W48-sun"; do
  i=$((i + 1)); [ $i -lt 200 ] || { other_text; fail "the second screen took the new week start"; }; sleep 0.05
done
other=$(other_text)
expect_contains "$other" "was changed outside this screen" "the second screen says why its weeks changed"
expect_contains "$other" "1✓ /19" "the second screen shows the whole new week with the checked item"
# An action in the second screen (add a task) prepares the lists again: the shape stays Sunday weeks.
tm send-keys -t other a
sleep 0.3
tm send-keys -t other -l "call the printer"
tm send-keys -t other Enter
i=0; until other_text | grep -qF "call the printer"; do i=$((i + 1)); [ $i -lt 200 ] || { other_text; fail "the task was added"; }; sleep 0.05; done
tm send-keys -t other q
tm send-keys -t main q
wait_for_exit 3
"$MUSTDO_BIN" today --json --db "$db" --config "$cfg" --today 2026-11-26 | python3 -c '
import json, sys
d = json.load(sys.stdin)
week = [p for p in d["periods"] if p["kind"] == "week"][0]
assert week["key"] == "2026-W48-sun", week["key"]
assert len(week["items"]) == 19, len(week["items"])
done = [i["title"] for i in week["items"] if i["state"] == "done"]
assert len(done) == 1, done
' || fail "the database keeps Sunday weeks with this week's checked item"
