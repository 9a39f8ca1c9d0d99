#!/usr/bin/env bash
# The long crash run: SIGKILL of the CLI at random moments of its writes (back-fill, prepare, check,
# uncheck, skip, add-count; visit, promise and appointment commands) and of the screen right after a toggle, with integrity_check and every
# acknowledged action verified after each kill. `bash Tests/e2e/run.sh` runs the same test short
# (200 CLI kills, 20 screen kills).
#
#   bash scripts/crash.sh                    # 2,000 CLI kills, 500 of visit/promise commands, 100 screen kills
#   CRASH_KILLS=500 CRASH_TUI_KILLS=50 bash scripts/crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
swift build --product mustdo >/dev/null
tmp=$(mktemp -d /tmp/mustdo-crash-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
MUSTDO_BIN="$PWD/.build/debug/mustdo" E2E_TMP="$tmp" HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
  CRASH_KILLS=${CRASH_KILLS:-2000} CRASH_TUI_KILLS=${CRASH_TUI_KILLS:-100} CRASH_VISIT_KILLS=${CRASH_VISIT_KILLS:-500} bash Tests/e2e/crash-kill.test.sh
