# Crash test: SIGKILL at random moments loses no acknowledged action and never damages the database.
# 1. The CLI (Tests/stress/crash_cli.py): 200 kills of check/uncheck/skip/add-count runs over moving dates
#    (back-fill and prepare transactions are cut too); after each kill, integrity_check and every acked action.
# 1b. Visits and promises (Tests/stress/crash_visits.py): 60 kills of visit/promise/appointment commands.
# 2. The screen in tmux: 20 times, toggle 1–3 items, SIGKILL as soon as the last toggle shows, and find
#    every toggled item committed.
# Prints `crash test: N kills, M acknowledged actions, 0 lost`. About 40 s on a debug build.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG || true
export LANG=C.UTF-8 MUSTDO_LANG=en
here=$(cd "$(dirname "$0")" && pwd)
export PYTHONDONTWRITEBYTECODE=1   # the drivers import crashkit; no __pycache__ in the tree
CLI_KILLS=${CRASH_KILLS:-200}
TUI_KILLS=${CRASH_TUI_KILLS:-20}

CRASH_DIR="$E2E_TMP" CRASH_KILLS="$CLI_KILLS" python3 "$here/../stress/crash_cli.py" || fail "the CLI crash test lost acknowledged actions (listed above)"
read -r _ cli_kills cli_acked cli_lost < "$E2E_TMP/crash-cli.result"

# Visits and promises (issue 11): `mustdo visit` (with its commitment and appointment), promise add/keep/break/
# renegotiate and appointments cancel/told, killed at random moments; every acknowledged one must be there, whole.
CRASH_DIR="$E2E_TMP" CRASH_VISIT_KILLS="${CRASH_VISIT_KILLS:-60}" python3 "$here/../stress/crash_visits.py" \
  || fail "the visits crash test lost acknowledged visits or promises (listed above)"
read -r _ visit_kills visit_acked visit_lost < "$E2E_TMP/crash-visits.result"
cli_kills=$((cli_kills + visit_kills)); cli_acked=$((cli_acked + visit_acked)); cli_lost=$((cli_lost + visit_lost))

# The screen. Each round: pick 1–3 items of one pane from `today --json`, toggle them with keys, wait until the last
# shows its new mark, kill -9, and read the states back.
db="$E2E_TMP/tui.sqlite"
dates=(2026-11-23 2026-11-24 2026-11-25 2026-11-26 2026-11-27 2026-11-28 2026-11-30 2026-12-01)
"$MUSTDO_BIN" init --db "$db" --today "${dates[0]}" >/dev/null
printf 'plan_on_first_start = false\n' > "$E2E_TMP/screen.toml"   # straight to the six panes
tui_kills=0; tui_acked=0; tui_lost=0
for round in $(seq 1 "$TUI_KILLS"); do
  day=${dates[$(( (round * 5) % ${#dates[@]} ))]}
  "$MUSTDO_BIN" today --json --db "$db" --today "$day" > "$E2E_TMP/before.json"
  # plan: line 1 the keys; then one line per toggled item: ref<TAB>expected state<TAB>text that shows the new state.
  python3 - "$E2E_TMP/before.json" "$round" > "$E2E_TMP/plan" <<'PY'
import json, random, sys
d = json.load(open(sys.argv[1])); rng = random.Random(int(sys.argv[2]))
titles = [i["title"] for p in d["periods"] for i in p["items"]]
pane = rng.choice([p for p in (0, 0, 1, 2) if d["periods"][p]["items"]])  # Daily, Weekly, Monthly (all fully visible at 200x60)
items = d["periods"][pane]["items"]
picks = sorted(rng.sample(range(len(items)), min(len(items), rng.randint(1, 3))))
keys, at = [str(pane + 1)], 0
lines = []
for k in picks:
    keys += ["j"] * (k - at) + ["Space"]; at = k
    it = items[k]
    new = "open" if it["state"] in ("done", "skipped") else "done"
    n = 12
    while n < min(40, len(it["title"])) and sum(t.startswith(it["title"][:n]) for t in titles) > 1: n += 1
    lines.append(f'{it["ref"]}\t{new}\t{"[✓]" if new == "done" else "[ ]"} {it["title"][:n]}')
print(" ".join(keys)); print("\n".join(lines))
PY
  rm -f "$E2E_TMP/exit"; cleanup_tmux
  start_screen 200 60 "$MUSTDO_BIN" --db "$db" --config "$E2E_TMP/screen.toml" --today "$day"
  wait_for_text "Daily" 5
  # shellcheck disable=SC2046
  tm send-keys -t main $(head -1 "$E2E_TMP/plan")
  while IFS=$'\t' read -r ref state needle; do wait_for_text "$needle" 5; done < <(tail -n +2 "$E2E_TMP/plan")
  kill -KILL "$(app_pid "$db")"
  wait_for_exit 3
  grep -q "exit=137" "$E2E_TMP/exit" || fail "round $round: the screen was not killed by SIGKILL ($(cat "$E2E_TMP/exit"))"
  tui_kills=$((tui_kills + 1))
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "round $round: integrity_check after SIGKILL"
  "$MUSTDO_BIN" today --json --db "$db" --today "$day" > "$E2E_TMP/after.json"
  while IFS=$'\t' read -r ref state needle; do
    tui_acked=$((tui_acked + 1))
    got=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print([i['state'] for p in d['periods'] for i in p['items'] if i['ref']==int(sys.argv[2])][0])" "$E2E_TMP/after.json" "$ref")
    if [ "$got" != "$state" ]; then
      tui_lost=$((tui_lost + 1)); echo "LOST: round $round ($day), ref $ref showed '$needle' but is $got in the database" >&2
    fi
  done < <(tail -n +2 "$E2E_TMP/plan")
done
echo "crash test (screen): $tui_kills kills, $tui_acked toggles shown on screen, $tui_lost lost"
echo "crash test: $((cli_kills + tui_kills)) kills, $((cli_acked + tui_acked)) acknowledged actions, $((cli_lost + tui_lost)) lost"
[ $((cli_lost + tui_lost)) -eq 0 ] || fail "acknowledged actions were lost"
