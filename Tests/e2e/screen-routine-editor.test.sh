# Add a routine through the screen's routine editor, then see it in `mustdo today`; change the week start in the settings screen.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
cp "$MUSTDO_CONFIG" "$E2E_TMP/config.toml"
printf '# my own comment\n' >> "$E2E_TMP/config.toml"
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --config "$E2E_TMP/config.toml" --today 2026-11-23
wait_for_text "Daily" 5
tm send-keys -t main 2 R
wait_for_text "Routines ·" 5
tm send-keys -t main a
wait_for_text "New routine" 5
tm send-keys -t main -l "Visit Mr. Zhang's shop"
tm send-keys -t main Tab Tab
tm send-keys -t main -l "thu"
tm send-keys -t main C-s
wait_for_text "Visit Mr. Zhang's shop" 5
tm send-keys -t main Escape
sleep 0.2
tm send-keys -t main S
wait_for_text "Settings ·" 5
tm send-keys -t main C-u
tm send-keys -t main -l "sunday"
tm send-keys -t main C-s
wait_for_text "Settings saved to config.toml." 5
tm send-keys -t main q
wait_for_exit 3
"$MUSTDO_BIN" today --json --db "$db" --config "$E2E_TMP/config.toml" --today 2026-11-23 | python3 -c '
import json, sys
d = json.load(sys.stdin)
week = [p for p in d["periods"] if p["kind"] == "week"][0]
assert week["key"] == "2026-W48-sun", week["key"]
hits = [i for i in week["items"] if i["title"] == "Visit Mr. Zhang'"'"'s shop"]
assert hits and hits[0]["due"] == "2026-11-26", hits
' || fail "the new routine is in this week's list, due Thursday, under Sunday weeks"
grep -q "# my own comment" "$E2E_TMP/config.toml" || fail "the config file kept its comment"
grep -q 'week_start = "sunday"' "$E2E_TMP/config.toml" || fail "the config file has the new week start"
