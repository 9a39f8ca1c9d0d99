#!/usr/bin/env bash
# Benchmark: the customer file at 10,000 cards, side by side with khard on the same contacts (release build).
#   import of one 10,000-card .vcf   mustdo customers import FILE --db NEW   (fresh database each run)
#   listing                          mustdo customers list  vs  khard list
#   searching                        mustdo customers list --search zs  vs  khard list 张
#   the yardstick                    mustdo today on the same database
# `customers list` keeps its finished table for the same question (QuickCustomerList): each list is timed three ways,
#   asked again with nothing changed (the kept table replayed: what hyperfine's repeated runs measure),
#   the first time after a change (worked out, and the question marked: `--prepare` edits a card first),
#   the second time after a change (worked out, and a large table kept: `--prepare` edits a card and lists once).
# The cards come from bench/gen-customers.py (80% Chinese names and companies, 20% English; phones, e-mails,
# addresses, tiers, people, notes, tags, birthdays). khard reads MustDo's own export (one .vcf per card) through a
# config in a temporary HOME. Needs hyperfine, khard and python3. Not run by CI. RUNS=… and KHARD_RUNS=… change
# the run counts. Medians are wall time; on a shared machine compare the user column too.
# With valgrind installed, the instructions each mustdo command retires are counted too (callgrind on a stripped copy of
# the static release build, which cannot read its debug information): they do not depend on the machine's load, so
# the ratios to `mustdo today` printed last are the figures to decide on. INSTRUCTIONS_ONLY=1 skips the timings.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-30}
out=bench/out/customers; rm -rf "$out"; mkdir -p "$out"
out=$(cd "$out" && pwd)
export PATH=/opt/swift/usr/bin:$PATH
if [ -z "${SKIP_BUILD:-}" ]; then swift build -c release --static-swift-stdlib --product mustdo >/dev/null; fi
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/mustdo
export LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$out/home" XDG_CONFIG_HOME="$out/home/config" XDG_CACHE_HOME="$out/home/cache" USER=bench
mkdir -p "$XDG_CONFIG_HOME/khard"
day=2026-11-27
db="$out/customers.sqlite"

python3 bench/gen-customers.py 10000 > "$out/customers.vcf"
"$bin" customers import "$out/customers.vcf" --db "$db" --today $day >/dev/null
"$bin" customers export --format vcf --output "$out/book/" --db "$db" --today $day >/dev/null
"$bin" today --db "$db" --today $day >/dev/null   # the day's routines exist before timing
cat >"$XDG_CONFIG_HOME/khard/khard.conf" <<EOF
[addressbooks]
[[mustdo]]
path = $out/book

[general]
default_action = list

[vcard]
skip_unparsable = no
EOF
# A change as a user makes it: one card's notes edited (a new text each time, so the edit is never a no-op), which
# empties the kept tables; with `list`, the list is then asked for once (so the timed run is the second ask).
cat >"$out/change.sh" <<EOF
#!/usr/bin/env bash
n=\$(( \$(cat "$out/changes" 2>/dev/null || echo 0) + 1 )); echo \$n > "$out/changes"
"$bin" customers edit 1 --notes "bench change \$n" --db "$db" --today $day >/dev/null
if [ "\${1:-}" = list ]; then "$bin" customers list --db "$db" --today $day >/dev/null; fi
EOF
forget="bash $out/change.sh"
mark="bash $out/change.sh list"
echo "cards: $(ls "$out/book" | wc -l) files in the khard folder, $(wc -c < "$out/customers.vcf") bytes of .vcf"
echo "lines: mustdo $("$bin" customers list --db "$db" --today $day | wc -l), khard $(khard list | wc -l);" \
     "search zs: mustdo $("$bin" customers list --search zs --db "$db" --today $day | wc -l), khard 张: $(khard list 张 | wc -l)"

# Instructions (callgrind, one run each: the count does not vary with load).
if command -v valgrind >/dev/null; then
  stripped="$out/mustdo-stripped"; cp "$bin" "$stripped"; strip "$stripped"
  cp -r "$(dirname "$bin")/MustDo_MustDoCore.resources" "$out/" 2>/dev/null || true
  count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$stripped" "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
  ti=$(count today --db "$db" --today $day)
  $forget; lc=$(count customers list --db "$db" --today $day)
  count customers list --db "$db" --today $day >/dev/null
  li=$(count customers list --db "$db" --today $day)
  $forget; sc=$(count customers list --search zs --db "$db" --today $day)
  si=$(count customers list --search zs --db "$db" --today $day)
  python3 -c "t, l, lc, s, sc = $ti, $li, $lc, $si, $sc
print(f'instructions: today {t/1e6:.1f}M; customers list kept {l/1e6:.1f}M ({l/t:.2f}x today), first after a change {lc/1e6:.1f}M ({lc/t:.2f}x);'
      f' --search zs kept {s/1e6:.1f}M ({s/t:.2f}x), first after a change {sc/1e6:.1f}M ({sc/t:.2f}x); target 1.5x')"
fi
if [ -n "${INSTRUCTIONS_ONLY:-}" ]; then exit 0; fi

hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$out/list.md" --export-json "$out/list.json" \
  -n "mustdo today" "$bin today --db $db --today $day" \
  -n "mustdo customers list" "$bin customers list --db $db --today $day" \
  -n "mustdo customers list --search zs" "$bin customers list --search zs --db $db --today $day"
# After a change: hyperfine runs `--prepare` before every timed run (not timed itself).
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$out/changed.md" --export-json "$out/changed.json" \
  --prepare "$forget" \
  -n "customers list, first after a change" "$bin customers list --db $db --today $day" \
  -n "customers list --search zs, first after a change" "$bin customers list --search zs --db $db --today $day"
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$out/second.md" --export-json "$out/second.json" \
  --prepare "$mark" \
  -n "customers list, second after a change" "$bin customers list --db $db --today $day"
# khard takes seconds a run: fewer runs (KHARD_RUNS).
hyperfine -N --warmup 1 --runs "${KHARD_RUNS:-5}" --export-markdown "$out/khard.md" --export-json "$out/khard.json" \
  -n "khard list" "khard list" \
  -n "khard list 张" "khard list 张"
hyperfine --warmup 1 --runs "$(( runs / 3 > 5 ? runs / 3 : 5 ))" --export-markdown "$out/import.md" --export-json "$out/import.json" \
  --prepare "rm -f $out/import.sqlite $out/import.sqlite-wal $out/import.sqlite-shm" \
  -n "mustdo customers import (10,000 cards)" "$bin customers import $out/customers.vcf --db $out/import.sqlite --today $day"

python3 - "$out/list.json" "$out/changed.json" "$out/second.json" "$out/khard.json" "$out/import.json" <<'PY'
import json, sys
rows = [r for path in sys.argv[1:] for r in json.load(open(path))["results"]]
by = {r["command"]: r for r in rows}
today = by["mustdo today"]["median"]
print("%-50s %9s %9s %9s %8s" % ("command", "median ms", "user ms", "min ms", "× today"))
for r in rows:
    print("%-50s %9.1f %9.1f %9.1f %8.2f" % (r["command"], r["median"] * 1000, r["user"] * 1000, r["min"] * 1000, r["median"] / today))
PY
