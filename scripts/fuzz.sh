#!/usr/bin/env bash
# The long fuzz run: every parser fuzz test (routine packs, config, holidays, ICS, period keys, due rules, themes,
# key names) with many cases each. `swift test` runs the same tests with a short, seeded count.
#
#   bash scripts/fuzz.sh                 # 100,000 cases per parser (about 12 minutes on 2 cores)
#   bash scripts/fuzz.sh 20000           # another count
#   MUSTDO_FUZZ_SEED=7 bash scripts/fuzz.sh   # another seed; a failing case prints the seed and its number,
#                                             # MUSTDO_FUZZ_ONLY=<case> reruns it alone and prints its input
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
cases=${1:-100000}
swift build --build-tests
# Each parser prints one `fuzz NAME: N cases (…), P problems, slowest case …` line; the exit status is the tests'.
MUSTDO_FUZZ_CASES=$cases exec swift test --skip-build --filter 'Fuzz'
