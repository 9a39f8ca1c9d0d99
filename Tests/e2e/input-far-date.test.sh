#!/usr/bin/env bash
# Far dates and control characters on the console (issue 15 items 5 and 7): a mistyped year is refused before the
# database is touched (size, rows and -wal unchanged); a year ahead stores about a year; user text with ESC/BEL/CSI
# never reaches the terminal as control bytes.
source "$(dirname "$0")/lib.sh"
db="$E2E_TMP/far.sqlite"
rows() { sqlite3 "$db" 'SELECT COUNT(*) FROM occurrence'; }
size() { stat -c %s "$db"; }
wal() { [ -e "$db-wal" ] && stat -c %s "$db-wal" || echo 0; }
today=$(date +%F)

"$MUSTDO_BIN" today --db "$db" --today "$today" >/dev/null
before_rows=$(rows); before_size=$(size); before_sum=$(sha256sum < "$db")
for far in 9999-12-31 2100-01-01 "$(date -d '+400 days' +%F)"; do
  set +e; out=$("$MUSTDO_BIN" today --db "$db" --today "$far" 2>&1 >/dev/null); rc=$?; set -e
  [ "$rc" -eq 64 ] || fail "--today $far: exit $rc, expected 64 ($out)"
  expect_contains "$out" "days after today" "--today $far"
  set +e; out=$(MUSTDO_TODAY="$far" "$MUSTDO_BIN" check 1 --db "$db" 2>&1 >/dev/null); rc=$?; set -e
  [ "$rc" -eq 64 ] || fail "MUSTDO_TODAY=$far: exit $rc"
done
[ "$(rows)" = "$before_rows" ] || fail "rows changed: $before_rows -> $(rows)"
[ "$(sha256sum < "$db")" = "$before_sum" ] || fail "the database file changed"
[ "$(wal)" -eq 0 ] || fail "a -wal of $(wal) bytes was written"
echo "far dates refused: $before_rows rows, $before_size bytes before and after"

# The furthest allowed day: about a year of rows (the full pack makes ~9,000 a year; 2100 used to make 681,128).
start=$(date +%s%N)
"$MUSTDO_BIN" today --db "$db" --today "$(date -d '+366 days' +%F)" >/dev/null
ms=$(( ($(date +%s%N) - start) / 1000000 ))
after_rows=$(rows)
[ "$after_rows" -lt 12000 ] || fail "a year ahead stored $after_rows rows"
echo "a year ahead: $before_rows -> $after_rows rows, $(size) bytes, ${ms} ms"

# A database first used in 1900 back-fills ten years at most.
old="$E2E_TMP/old.sqlite"
"$MUSTDO_BIN" today --db "$old" --today 1900-01-01 >/dev/null
"$MUSTDO_BIN" today --db "$old" --today "$today" >/dev/null
n=$(sqlite3 "$old" 'SELECT COUNT(*) FROM occurrence')
[ "$n" -lt 100000 ] || fail "a database from 1900 back-filled $n rows"
echo "first used in 1900: $n rows after the back-fill ($(stat -c %s "$old") bytes)"

# Control characters: refused on input, escaped on output (stored before the checks existed).
ctl="$E2E_TMP/ctl.sqlite"
"$MUSTDO_BIN" today --db "$ctl" --today 2026-11-23 >/dev/null
set +e; out=$("$MUSTDO_BIN" add $'evil\e[2J\e]0;T\a' --db "$ctl" --today 2026-11-23 2>&1); rc=$?; set -e
[ "$rc" -eq 64 ] || fail "a title with ESC was accepted ($rc)"
sqlite3 "$ctl" "UPDATE title SET text = 'evil' || char(27) || '[2J' || char(7) WHERE routine_id = 'day-detail-tasks';
  UPDATE occurrence SET state = 'skipped', skip_reason = 'rain' || char(155) || '2J' WHERE routine_id = 'day-motivate';
  INSERT INTO journal (key, plan, review) VALUES ('2026-11-23', 'plan' || char(27) || ']0;T' || char(7), 'ok')"
for args in "today" "week" "week --markdown" "plan" "journal" "focus day-detail-tasks"; do
  # shellcheck disable=SC2086
  "$MUSTDO_BIN" $args --db "$ctl" --today 2026-11-23 > "$E2E_TMP/out.txt"
  if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$E2E_TMP/out.txt"; then fail "mustdo $args printed control bytes"; fi
done
expect_contains "$("$MUSTDO_BIN" today --db "$ctl" --today 2026-11-23)" 'evil\u{1b}[2J\u{7}' "today shows the escape as text"
echo "control characters: refused on input, shown as \\u{1b} in 6 views"
