#!/usr/bin/env bash
# Benchmark: `mustdo today` on ten years of history (2016-11-22 … 2026-11-22, full pack), release build.
# Prints the back-fill time, hyperfine's median for `today`, and peak RSS. Not run by CI.
# Needs hyperfine (apt-get install -y hyperfine) and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out; mkdir -p "$out"
swift build -c release --static-swift-stdlib --product mustdo >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/mustdo
export XDG_CONFIG_HOME="$PWD/$out/config" LANG=en_US.UTF-8
db="$PWD/$out/history.sqlite"
seed="$PWD/$out/seed.sqlite"
rm -f "$seed"* "$db"*
"$bin" init --db "$seed" --today 2016-11-22 >/dev/null

# Back-fill ten years for 99 routines: median of 7 runs, each on a fresh copy of the seeded database.
fills=()
for i in 1 2 3 4 5 6 7; do
  rm -f "$db"*; cp "$seed" "$db"
  s=$(date +%s%N); "$bin" today --db "$db" --today 2026-11-22 >/dev/null; e=$(date +%s%N)
  fills+=($(( (e - s) / 1000000 )))
done
fill_median=$(printf '%s\n' "${fills[@]}" | sort -n | sed -n 4p)
rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM occurrence")

# A realistic mix: about 70% done, 8% skipped, the rest left open (missed once their period ended).
sqlite3 "$db" "UPDATE occurrence SET state = CASE WHEN abs(random()) % 100 < 70 THEN 'done' WHEN abs(random()) % 100 < 30 THEN 'skipped' ELSE 'open' END,
               done_at = CASE WHEN state = 'done' THEN date(start * 86400, 'unixepoch') || 'T18:00:00' END WHERE end < 20779;
               UPDATE occurrence SET done_at = date(start * 86400, 'unixepoch') || 'T18:00:00' WHERE state = 'done' AND done_at IS NULL;"
"$bin" today --db "$db" --today 2026-11-22 >/dev/null   # refs for the day exist before timing

hyperfine -N --warmup 20 --runs 300 --export-json "$out/today.json" \
  "$bin today --db $db --today 2026-11-22" >/dev/null
median=$(python3 -c "import json; r=json.load(open('$out/today.json'))['results'][0]; print('%.2f' % (r['median']*1000))")

rss=()
for i in $(seq 1 15); do
  rss+=($(/usr/bin/time -f %M "$bin" today --db "$db" --today 2026-11-22 2>&1 >/dev/null | tail -1))
done
rss_median=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n 8p)

# The same command on a fresh one-day database: `today` must not get slower as history grows.
fresh="$PWD/$out/fresh.sqlite"; rm -f "$fresh"*
"$bin" init --db "$fresh" --today 2026-11-22 >/dev/null
hyperfine -N --warmup 20 --runs 300 --export-json "$out/fresh.json" "$bin today --db $fresh --today 2026-11-22" >/dev/null
fresh_median=$(python3 -c "import json; r=json.load(open('$out/fresh.json'))['results'][0]; print('%.2f' % (r['median']*1000))")

echo "occurrences in history:        $rows"
echo "back-fill 10 years (median 7): ${fill_median} ms"
echo "today, 10 years (median 300):  ${median} ms"
echo "today, 1 day (median 300):     ${fresh_median} ms"
echo "peak RSS today (median 15):    $((rss_median / 1024)).$(( (rss_median % 1024) * 10 / 1024 )) MB"
