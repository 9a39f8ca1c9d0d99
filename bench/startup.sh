#!/usr/bin/env bash
# Start-up cost of the installed `mustdo today`, in instructions (callgrind) and minor page faults (median of 7), next to
# a static Swift "hello" (the floor). Counts do not depend on the machine's load, so this can run while others work;
# bench/compare.sh gives the wall-clock side by side on a quiet machine. Not run by CI.
#   today (history):    ten years of routine history, today prepared (the data of bench/compare.sh before daily use)
#   today (daily use):  the same plus ten years of daily use: every day's items numbered, a journal entry and three
#                       focus items a day (tables that grow by the day)
# Env: STARTUP_PREFIX=DIR measures an earlier `make install PREFIX=DIR` instead of installing anew.
# Needs valgrind, sqlite3 and /usr/bin/time (apt-get install -y valgrind sqlite3 time).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
out="$PWD/bench/out/startup"; rm -rf "$out"; mkdir -p "$out"
if [ -n "${STARTUP_PREFIX:-}" ]; then bin="$STARTUP_PREFIX/bin/mustdo"
else make -s install PREFIX="$out/prefix" >/dev/null; bin="$out/prefix/bin/mustdo"; fi
printf 'print("hello")\n' > "$out/hello.swift"
swiftc -O -static-stdlib "$out/hello.swift" -o "$out/hello" >/dev/null
today=2026-11-27
export LANG=C.UTF-8 MUSTDO_LANG=en XDG_CONFIG_HOME="$out/config"; mkdir -p "$XDG_CONFIG_HOME/mustdo"
printf 'plan_on_first_start = false\n' > "$XDG_CONFIG_HOME/mustdo/config.toml"

history="$out/history.sqlite"
"$bin" init --db "$history" --today "$(date -d "$today - 10 years" +%F)" >/dev/null
"$bin" today --db "$history" --today "$today" >/dev/null
todaynum=$(( $(date -d "$today" +%s) / 86400 ))
sqlite3 "$history" "UPDATE occurrence SET state = CASE WHEN abs(random()) % 100 < 70 THEN 'done' WHEN abs(random()) % 100 < 30 THEN 'skipped' ELSE 'open' END,
               done_at = CASE WHEN state = 'done' THEN date(start * 86400, 'unixepoch') || 'T18:00:00' END WHERE end < $todaynum;
               UPDATE occurrence SET done_at = date(start * 86400, 'unixepoch') || 'T18:00:00' WHERE state = 'done' AND done_at IS NULL;"
"$bin" today --db "$history" --today "$today" >/dev/null
daily="$out/daily.sqlite"
sqlite3 "$history" "VACUUM INTO '$daily'"
sqlite3 "$daily" <<'SQL'
WITH RECURSIVE days(n) AS (SELECT (SELECT MIN(start) FROM occurrence)
                           UNION ALL SELECT n + 1 FROM days WHERE n < (SELECT MAX(start) FROM occurrence WHERE period_kind = 'day') - 1)
INSERT OR IGNORE INTO day_ref (day, ref, occurrence_id)
SELECT date(d.n * 86400, 'unixepoch'), row_number() OVER (PARTITION BY d.n ORDER BY o.period_kind <> 'day', o.position, o.id), o.id
FROM days d JOIN occurrence o ON o.start <= d.n AND o.end >= d.n AND o.period_kind <> 'task';
INSERT OR IGNORE INTO journal (key, plan, review, updated_at)
SELECT day, 'Visit the three key customers, call back Mr. Wang about the order', 'Two visits done; the third moved to tomorrow',
       day || 'T18:00:00' FROM (SELECT DISTINCT day FROM day_ref);
INSERT OR IGNORE INTO focus (day, occurrence_id, position) SELECT day, occurrence_id, ref FROM day_ref WHERE ref <= 3;
SQL
"$bin" today --db "$daily" --today "$today" >/dev/null

count() { # LABEL CMD… → "LABEL instructions faults"
  local label=$1; shift
  "$@" >/dev/null
  valgrind --tool=callgrind --callgrind-out-file="$out/$label.cg" "$@" >/dev/null 2>"$out/$label.vg"
  local ir; ir=$(sed -n 's/.*Collected : *//p' "$out/$label.vg")
  local f; f=$(for i in 1 2 3 4 5 6 7; do /usr/bin/time -f %R "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 4p)
  echo "$label $ir $f"
}
{
  count hello "$out/hello"
  count today-history "$bin" today --db "$history" --today "$today"
  count today-daily "$bin" today --db "$daily" --today "$today"
  count version "$bin" --version
} > "$out/counts.txt"
echo "MustDo $("$bin" --version); day_ref rows: history $(sqlite3 "$history" 'SELECT COUNT(*) FROM day_ref'), daily use $(sqlite3 "$daily" 'SELECT COUNT(*) FROM day_ref')"
awk 'NR == 1 { h = $2 } { printf "%-14s %13s instructions (%5.1fx hello)  %5s minor faults\n", $1, $2, $2 / h, $3 }' "$out/counts.txt"
echo "callgrind profiles: $out/*.cg (callgrind_annotate --inclusive=yes --tree=calling)"
