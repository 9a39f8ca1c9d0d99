# A new user's first run: no --db, data lands in $XDG_DATA_HOME/mustdo, and a check survives.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY || true
out=$(LANG=en_US.UTF-8 "$MUSTDO_BIN" today --today 2026-11-23)
expect_contains "$out" "Daily  2026-11-23 Mon" "first run lists today"
[ -f "$XDG_DATA_HOME/mustdo/mustdo.sqlite" ] || fail "database not created under XDG_DATA_HOME"
"$MUSTDO_BIN" check 6 --today 2026-11-23 >/dev/null
state=$("$MUSTDO_BIN" today --json --today 2026-11-23 | python3 -c 'import json,sys; d=json.load(sys.stdin); print([i["state"] for i in d["periods"][0]["items"] if i["ref"]==6][0])')
[ "$state" = done ] || fail "check 6 did not persist (state $state)"
[ "$(sqlite3 "$XDG_DATA_HOME/mustdo/mustdo.sqlite" 'PRAGMA journal_mode')" = wal ] || fail "database is not in WAL mode"
[ "$(sqlite3 "$XDG_DATA_HOME/mustdo/mustdo.sqlite" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
# Chinese follows LANG on a fresh data folder.
out=$(XDG_DATA_HOME="$E2E_TMP/zh" LANG=zh_CN.UTF-8 "$MUSTDO_BIN" today --today 2026-11-23)
expect_contains "$out" "每周必做" "Chinese headings"
expect_contains "$out" "核销一次本周的费用" "Chinese titles"
