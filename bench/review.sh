#!/usr/bin/env bash
# Benchmark (issue 12): a year's review (`mustdo review --period year`) on the bench/visits.sh data (2,000 customers,
# three years of visits, promises and routine history) plus three years of monthly sales for every customer and a
# plan per month, side by side with `mustdo today` in one hyperfine run (release build). Target: under 100 ms.
# Also prints the instruction counts (perf stat, else callgrind), which a loaded machine does not disturb.
# Needs hyperfine, sqlite3 and python3. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
out=bench/out; mkdir -p "$out"
db="$PWD/$out/visits.sqlite"
today=2026-11-27
[ -f "$db" ] || bash bench/visits.sh >/dev/null        # the visits data, built once
swift build -c release --static-swift-stdlib --product mustdo >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/mustdo
export XDG_CONFIG_HOME="$PWD/$out/config" LANG=en_US.UTF-8
rdb="$PWD/$out/review.sqlite"
rm -f "$rdb"*
sqlite3 "$db" ".backup '$rdb'"
"$bin" today --db "$rdb" --today "$today" >/dev/null       # migrated (v11-sales-plan)

# Three years of sales per customer and month, a plan per month, settlements and status changes (seeded).
python3 - "$rdb" <<'PY'
import random, sqlite3, sys
rng = random.Random(12)
con = sqlite3.connect(sys.argv[1])
con.execute("BEGIN")
months = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)]
for c in range(1, 2001):
    weight = rng.paretovariate(1.2)
    for mo in months:
        if rng.random() < 0.6:
            con.execute("INSERT OR REPLACE INTO sales (customer_id, month, amount, volume, updated_at) VALUES (?, ?, ?, ?, ?)",
                        (c, mo, int(weight * rng.randint(1000, 20000) * 100), rng.randint(0, 500) * 100, mo + "-28T18:00:00"))
for mo in months:
    con.execute("INSERT OR REPLACE INTO sales_plan (month, amount, updated_at) VALUES (?, ?, ?)", (mo, 50_000_000 * 100, mo + "-01T09:00:00"))
for p, state in con.execute("SELECT id, state FROM promise WHERE state IN ('kept', 'broken')").fetchall():
    day = con.execute("SELECT due FROM promise WHERE id = ?", (p,)).fetchone()[0]
    con.execute("INSERT INTO promise_event (promise_id, at, action) VALUES (?, ?, ?)", (p, day + "T17:00:00", state))
for c in rng.sample(range(1, 2001), 300):
    day = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
    con.execute("INSERT INTO customer_history (customer_id, at, action, field, old, new) VALUES (?, ?, 'edit', 'status', 'prospect', ?)",
                (c, day + "T10:00:00", rng.choice(["customer", "customer", "lost"])))
con.execute("COMMIT")
print("generated:", {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("customer", "visit", "promise", "sales", "occurrence")})
PY

"$bin" review --period year --db "$rdb" --today "$today" >/dev/null
hyperfine -N --warmup 10 --runs 100 --export-json "$out/review.json" \
  "$bin today --db $rdb --today $today" "$bin review --period year --db $rdb --today $today" \
  "$bin review --db $rdb --today $today" >/dev/null
python3 - "$out/review.json" <<'PY'
import json, sys
for x in json.load(open(sys.argv[1]))["results"]:
    print("%-40s median %7.2f ms" % (" ".join(x["command"].split()[1:4]), x["median"] * 1000))
PY
# Instructions (user space), which the machine's load does not change.
for args in "today" "review --period year" "review"; do
  if perf stat -x, -e instructions:u true 2>/dev/null; then
    n=$(perf stat -x, -e instructions:u "$bin" $args --db "$rdb" --today "$today" 2>&1 >/dev/null | awk -F, '/instructions/ {print $1}')
  else
    valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" "$bin" $args --db "$rdb" --today "$today" >/dev/null 2>&1
    n=$(callgrind_annotate "$out/cg.out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  fi
  printf '%-22s %s instructions\n' "$args" "$n"
done
