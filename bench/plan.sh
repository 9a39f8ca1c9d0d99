#!/usr/bin/env bash
# Benchmark (issues 11 and 12): `mustdo plan` with the contact cadence (losing touch, no next step) and the greet list
# over a salesperson's three years — 2,000 customers (a third with birthdays, some lunar), 15,000 visits, 5,000
# promises — side by side with `mustdo today` in the same hyperfine run (release build, many runs). Target: plan within
# 1.5× of today. On a loaded machine the wall clock wanders, so the instructions each command retires (perf stat, the
# median of several runs) are printed too: that ratio is what decisions were made on.
# Needs hyperfine, perf (linux-tools) or valgrind, sqlite3 and python3. Not run by CI.
#   bash bench/plan.sh            # RUNS=300 by default
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
out=bench/out; mkdir -p "$out"
VISITS_GENERATE_ONLY=1 bash bench/visits.sh
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/mustdo
export XDG_CONFIG_HOME="$PWD/$out/config" LANG=en_US.UTF-8
db="$PWD/$out/visits.sqlite"
today=2026-11-27
runs=${RUNS:-300}

echo "plan's sections on this data:"
"$bin" plan --db "$db" --today "$today" --json | python3 -c '
import json, sys
p = json.load(sys.stdin)
for k in ("promises_due", "commitments_to_follow", "progress_checks", "greetings", "losing_touch", "no_next_step"):
    print(f"  {k:22s} {len(p[k])}")'
echo "plan's text: $("$bin" plan --db "$db" --today "$today" | wc -l) lines"

hyperfine -N --warmup 20 --runs "$runs" --export-json "$out/plan.json" \
  "$bin today --db $db --today $today" "$bin plan --db $db --today $today" >/dev/null
python3 - "$out/plan.json" "$runs" <<'PY'
import json, sys
r = {x["command"].split()[1]: x for x in json.load(open(sys.argv[1]))["results"]}
t, p = r["today"]["median"] * 1000, r["plan"]["median"] * 1000
print(f"today (median of {sys.argv[2]}): {t:.2f} ms")
print(f"plan  (median of {sys.argv[2]}): {p:.2f} ms")
print(f"plan / today (wall):   {p / t:.2f}x (target <= 1.5x)")
PY

# Instructions retired (user and kernel), median of 9 runs each: steady on a busy machine.
# callgrind cannot read the static binary's debug information: it counts a stripped copy.
stripped="$out/mustdo-stripped"; cp "$bin" "$stripped"; strip "$stripped"
count() {
  # perf counts only where the machine exposes the counter (`<not supported>` on many VMs); callgrind otherwise.
  if command -v perf >/dev/null && perf stat -e instructions -x, true 2>&1 | grep -q '^[0-9]'; then
    for _ in 1 2 3 4 5 6 7 8 9; do perf stat -e instructions -x, "$@" 2>&1 >/dev/null | awk -F, '/instructions/ {print $1}'; done | sort -n | sed -n 5p
  else
    shift; valgrind --tool=callgrind --callgrind-out-file=/dev/null "$stripped" "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'
  fi
}
ti=$(count "$bin" today --db "$db" --today "$today")
pi=$(count "$bin" plan --db "$db" --today "$today")
python3 -c "t, p = $ti, $pi; print(f'today: {t/1e6:.1f} M instructions'); print(f'plan:  {p/1e6:.1f} M instructions'); print(f'plan / today (instructions): {p/t:.2f}x')"
