# Concurrency: two screens (tmux sessions a and b) and a CLI loop on one database.
# 1. Each screen shows the other's change, and the CLI's, within 1 s (measured, 3 rounds each).
# 2. All three write at once for a fixed list of actions (both screens and the CLI add to the same count item,
#    each toggles its own items, the CLI also back-fills future months in long transactions): afterwards every
#    state is the expected one (no lost update), no occurrence is duplicated, both screens show the final
#    states, and no "locked"/"busy" message ever reached a screen or stderr. About 10 s on a debug build.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG || true
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/shared.sqlite"
day=2026-11-23
T=(--db "$db" --today "$day")
"$MUSTDO_BIN" init "${T[@]}" >/dev/null
printf 'plan_on_first_start = false\n' > "$E2E_TMP/screen.toml"   # the screens open on the six panes
"$MUSTDO_BIN" today --json "${T[@]}" > "$E2E_TMP/items.json"
# title NAME → a prefix of that routine's title that is unique on the screen.
title() {
  python3 - "$E2E_TMP/items.json" "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); items = [i for p in d["periods"] for i in p["items"]]
t = [i["title"] for i in items if i["routine"] == sys.argv[2]][0]; n = 12
while n < min(40, len(t)) and sum(i["title"].startswith(t[:n]) for i in items) > 1: n += 1
print(t[:n])
PY
}
routine_at() { # KIND INDEX → routine id
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print([p for p in d['periods'] if p['kind']==sys.argv[2]][0]['items'][int(sys.argv[3])]['routine'])" "$E2E_TMP/items.json" "$1" "$2"
}

# start NAME: a screen in its own tmux session; its exit status goes to $E2E_TMP/NAME.exit.
start() {
  local name=$1
  local cmd; cmd=$(printf '%q ' "$MUSTDO_BIN" "${T[@]}" --config "$E2E_TMP/screen.toml")
  tm new-session -d -s "$name" -x 200 -y 60 "sh -c \"$cmd; echo exit=\\\$? > $E2E_TMP/$name.exit; sleep 60\""
}
js() { local i; for ((i = 0; i < $1; i++)); do printf 'j '; done; }   # N presses of j
screen_of() { tm capture-pane -p -t "$1"; }
wait_on() { # NAME TEXT SECONDS
  local i=0 limit=$(( ${3:-5} * 20 ))
  while [ $i -lt "$limit" ]; do screen_of "$1" | grep -qF -- "$2" && return 0; sleep 0.05; i=$((i + 1)); done
  echo "---- screen $1 ----"; screen_of "$1"; fail "screen $1: timed out waiting for '$2'"
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
max_latency=0
# seen_within NAME TEXT SINCE_MS: TEXT must appear on screen NAME within 1000 ms of SINCE_MS.
seen_within() {
  local t
  while :; do
    if screen_of "$1" | grep -qF -- "$2"; then
      t=$(( $(now_ms) - $3 )); [ "$t" -gt "$max_latency" ] && max_latency=$t
      echo "  screen $1 showed '$2' after $t ms"; return 0
    fi
    if [ $(( $(now_ms) - $3 )) -gt 1000 ]; then echo "---- screen $1 ----"; screen_of "$1"; fail "screen $1 did not show '$2' within 1 s"; fi
    sleep 0.02
  done
}

start a; start b
wait_on a "Daily" 10; wait_on b "Daily" 10
wait_on a "[ ] $(title day-greet-customers)" 5

# Phase 1: latency. a toggles Daily 0–2, b Daily 8–10, the CLI checks Monthly 0–2.
echo "phase 1: each screen shows the other's changes"
for k in 0 1 2; do
  r=$(routine_at day $k); t=$(title "$r")
  tm send-keys -t a 1 g $(js $k) Space
  wait_on a "[✓] $t" 5; since=$(now_ms)
  seen_within b "[✓] $t" "$since"
  r=$(routine_at day $((k + 8))); t=$(title "$r")
  tm send-keys -t b 1 g $(js $((k + 8))) Space
  wait_on b "[✓] $t" 5; since=$(now_ms)
  seen_within a "[✓] $t" "$since"
  r=$(routine_at month $k); t=$(title "$r")
  "$MUSTDO_BIN" check "$r" "${T[@]}" >/dev/null 2>>"$E2E_TMP/cli.err" || fail "mustdo check $r failed"
  since=$(now_ms)
  seen_within a "[✓] $t" "$since"; seen_within b "[✓] $t" "$since"
done

# Phase 2: everyone at once.
echo "phase 2: two screens and the CLI write at the same time"
N=15   # increments of the count item from each of a, b and the CLI
watch_screens() { while [ ! -f "$E2E_TMP/stop" ]; do screen_of a >> "$E2E_TMP/screens.log"; screen_of b >> "$E2E_TMP/screens.log"; sleep 0.1; done; }
watch_screens & watcher=$!
cli_loop() {
  local i
  for i in $(seq 1 $N); do
    "$MUSTDO_BIN" add-count day-greet-customers 1 "${T[@]}" >/dev/null 2>>"$E2E_TMP/cli.err" || echo "add-count exited $?" >> "$E2E_TMP/cli.fail"
    if [ $((i % 5)) -eq 0 ]; then
      # A long write: back-fill months ahead (its own day, so today's screens are not concerned).
      "$MUSTDO_BIN" today --db "$db" --today "2027-0$((i / 5 + 1))-15" >/dev/null 2>>"$E2E_TMP/cli.err" || echo "today exited $?" >> "$E2E_TMP/cli.fail"
    fi
    if [ "$i" -ge 7 ]; then
      "$MUSTDO_BIN" check "$(routine_at week $((i + 3)))" "${T[@]}" >/dev/null 2>>"$E2E_TMP/cli.err" || echo "check exited $?" >> "$E2E_TMP/cli.fail"
    fi
    sleep 0.05
  done
}
keys_a() {
  local i
  tm send-keys -t a 1 g j j j j j j            # the count item (Daily 6)
  for i in $(seq 1 $N); do tm send-keys -t a +; sleep 0.07; done
  tm send-keys -t a g j j j Space j Space j Space    # Daily 3, 4, 5
  tm send-keys -t a 2 g Space j Space j Space j Space j Space j Space   # Weekly 0–5
  tm send-keys -t a 1 g $(js 23) Space Space     # Daily 23 twice: back to open
}
keys_b() {
  local i
  tm send-keys -t b 1 g j j j j j j
  for i in $(seq 1 $N); do tm send-keys -t b +; sleep 0.05; done
  tm send-keys -t b 1 g $(js 11) Space j Space j Space j Space j Space j Space   # Daily 11–16
}
start_ms=$(now_ms)
cli_loop & cli=$!
keys_a & ka=$!
keys_b & kb=$!
wait $cli $ka $kb
[ ! -f "$E2E_TMP/cli.fail" ] || fail "CLI runs failed during phase 2: $(cat "$E2E_TMP/cli.fail")"

# Expected final states: routine → state/progress.
python3 - "$E2E_TMP/items.json" "$N" > "$E2E_TMP/expected" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); n = int(sys.argv[2])
by = {p["kind"]: [i["routine"] for i in p["items"]] for p in d["periods"]}
done = set(by["day"][k] for k in [0, 1, 2, 8, 9, 10, 3, 4, 5, 11, 12, 13, 14, 15, 16])
done |= set(by["month"][k] for k in [0, 1, 2]) | set(by["week"][k] for k in range(0, 6))
done |= set(by["week"][i + 3] for i in range(7, n + 1))
for p in d["periods"]:
    for i in p["items"]:
        r = i["routine"]
        if r == "day-greet-customers": print(r, "done", 3 * n)
        # A check raises a count item's progress to its target (linked items have target 1).
        else: print(r, "done" if r in done else "open", (i["target"] or 0) if r in done else 0)
PY
# Wait until both screens show the final count, then compare the database with the expectation.
wait_on a "$((3 * N))/5" 15; wait_on b "$((3 * N))/5" 15
sleep 0.5
sqlite3 "$db" "SELECT routine_id, state, progress FROM occurrence WHERE period_key IN ('2026-11-23','2026-W48','2026-11','2026-Q4','2026-H2','2026') ORDER BY routine_id" | tr '|' ' ' | sort > "$E2E_TMP/actual"
sort "$E2E_TMP/expected" > "$E2E_TMP/expected.sorted"
diff "$E2E_TMP/expected.sorted" "$E2E_TMP/actual" || fail "final states differ from the expected ones (< expected, > database): a lost or stray update"
lost=$(diff "$E2E_TMP/expected.sorted" "$E2E_TMP/actual" | grep -c '^<' || true)
dups=$(sqlite3 "$db" "SELECT routine_id, period_key, COUNT(*) FROM occurrence GROUP BY routine_id, period_key HAVING COUNT(*) > 1")
[ -z "$dups" ] || fail "duplicate occurrences: $dups"
refdups=$(sqlite3 "$db" "SELECT day, occurrence_id, COUNT(*) FROM day_ref GROUP BY day, occurrence_id HAVING COUNT(*) > 1")
[ -z "$refdups" ] || fail "duplicate refs: $refdups"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
# Both screens show every final state.
python3 - "$E2E_TMP/items.json" "$E2E_TMP/expected" > "$E2E_TMP/needles" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); items = [i for p in d["periods"] for i in p["items"]]
for line in open(sys.argv[2]):
    r, state, _ = line.split()
    if r == "day-greet-customers": continue
    t = [i["title"] for i in items if i["routine"] == r][0]; n = 12
    while n < min(40, len(t)) and sum(i["title"].startswith(t[:n]) for i in items) > 1: n += 1
    print(("[✓] " if state == "done" else "[ ] ") + t[:n])
PY
screen_of a > "$E2E_TMP/final-a"; screen_of b > "$E2E_TMP/final-b"
while read -r needle; do
  grep -qF -- "$needle" "$E2E_TMP/final-a" || { cat "$E2E_TMP/final-a"; fail "screen a does not show '$needle'"; }
  grep -qF -- "$needle" "$E2E_TMP/final-b" || { cat "$E2E_TMP/final-b"; fail "screen b does not show '$needle'"; }
done < "$E2E_TMP/needles"
touch "$E2E_TMP/stop"; wait $watcher
screen_of a >> "$E2E_TMP/screens.log"; screen_of b >> "$E2E_TMP/screens.log"
if grep -Eai 'locked|busy|held by another|SQLite error|占用' "$E2E_TMP/screens.log" "$E2E_TMP/cli.err"; then
  fail "a busy/locked message reached a user (above)"
fi
[ ! -s "$E2E_TMP/cli.err" ] || fail "the CLI wrote to stderr: $(cat "$E2E_TMP/cli.err")"
tm send-keys -t a q; tm send-keys -t b q
for s in a b; do
  for _ in $(seq 1 60); do [ -f "$E2E_TMP/$s.exit" ] && break; sleep 0.05; done
  grep -q "exit=0" "$E2E_TMP/$s.exit" 2>/dev/null || fail "screen $s did not quit cleanly"
done
actions=$(( 9 + (N + 3 + 6 + 2) + (N + 6) + (N + 3 + N - 6) ))   # phase 1; a; b; the CLI (add-counts, back-fills, checks)
echo "concurrency: 2 screens + CLI, $actions actions, $(wc -l < "$E2E_TMP/expected") items compared, $lost lost updates, 0 duplicates, 0 busy messages; slowest cross-screen update ${max_latency} ms (limit 1000)"
