#!/usr/bin/env bash
# Writes scripts/startup-order.txt, the order gold places functions in (`--section-ordering-file`, used by the Makefile's
# release link): every function of the binary that the usual start-up commands execute, `mustdo today` first, so that
# they sit together instead of being spread over 22 MB of code (issue 14: each 64 KB of code the start touches is a page
# fault). Code the toolchain's static libraries keep in one `.text` per object (most of the standard library, ICU,
# CoreFoundation, libdispatch, static constructors) cannot be ordered by name and stays where it is. Run it after a release build (`make build`) on a quiet or a busy machine alike (the set
# of functions executed does not depend on the load), and commit the result when start-up code changed a lot; a stale
# list is harmless (names no longer in the binary are ignored, new functions go where the linker puts them).
# Needs valgrind and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/mustdo
[ -x "$bin" ] || { echo "gen-startup-order: build first (make build)" >&2; exit 66; }
# valgrind 3.19 cannot read the toolchain's DWARF 5: a copy without debug information (beside the original, where the
# routine packs are found) keeps the symbols it needs.
work=$(mktemp -d); trace_bin="$bin-order-trace"; trap 'rm -rf "$work" "$trace_bin"' EXIT
strip --strip-debug -o "$trace_bin" "$bin"; bin="$PWD/$trace_bin"
export LANG=C.UTF-8 MUSTDO_LANG=en XDG_CONFIG_HOME="$work/config"; mkdir -p "$XDG_CONFIG_HOME/mustdo"
printf 'plan_on_first_start = false\n' > "$XDG_CONFIG_HOME/mustdo/config.toml"
day=2026-11-27 db="$work/m.sqlite"
"$bin" init --db "$db" --today "$(date -d "$day - 1 year" +%F)" >/dev/null
"$bin" today --db "$db" --today "$day" >/dev/null
trace() { # NAME ARGS…: the mangled names of the functions of the binary that the command executes
  local name=$1; shift
  valgrind --tool=callgrind --compress-strings=no --compress-pos=no --demangle=no --dump-instr=no \
    --callgrind-out-file="$work/$name.cg" "$bin" "$@" >/dev/null 2>&1 || true
  awk -v ob="$(readlink -f "$bin")" '/^ob=/ { cur = substr($0, 4) } /^fn=/ && cur == ob && !seen[$0]++ { print substr($0, 4) }' \
    "$work/$name.cg"
}
{
  trace today today --db "$db" --today "$day"
  trace json today --db "$db" --today "$day" --json
  trace zh today --db "$db" --today "$day" --lang zh
  trace version --version
  trace week week --db "$db" --today "$day"
  trace plan plan --db "$db" --today "$day"
  trace check check 1 --db "$db" --today "$day"
} | awk '!seen[$0]++ { print ".text." $0 }' > scripts/startup-order.txt
echo "scripts/startup-order.txt: $(wc -l < scripts/startup-order.txt) functions"
