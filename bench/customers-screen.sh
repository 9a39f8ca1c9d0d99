#!/usr/bin/env bash
# Benchmark the customers screen's live search (release build): 10,000 generated cards in memory, the list opened on
# a headless 120x40 terminal, then `zhang`, `zs`, `138`, `华兴` and `smith` typed and erased RUNS times (default 40);
# each keystroke is timed from the key to the diffed frame (narrowing with the prepared search keys, render, diff).
# Target: a keystroke under 5 ms. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product mustdo-bench >/dev/null
"$(swift build -c release --show-bin-path)/mustdo-bench" customers "${RUNS:-40}" "$@"   # --steps: the median of each keystroke
