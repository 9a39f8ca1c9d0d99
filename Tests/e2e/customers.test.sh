# The customer file from the shell: add, list, edit, merge, forget; lunar birthdays against borax; the file's modes and bytes.
source "$(dirname "$0")/lib.sh"
export MUSTDO_DB="$E2E_TMP/private/customers.sqlite" LANG=en_US.UTF-8 USER=rep
unset MUSTDO_TODAY MUSTDO_LANG || true
T="--today 2026-11-27"
m() { "$MUSTDO_BIN" "$@"; }

umask 022
out=$(m customers add --name 张三 --company 华为技术 --tier key --phone "138 0000 0000" --person 王总:decision-maker $T)
[ "$out" = "Added KH-2026-0001 张三." ] || fail "add: $out"
[ "$(stat -c %a "$MUSTDO_DB")" = 600 ] || fail "the database is $(stat -c %a "$MUSTDO_DB"), not 600"
[ "$(stat -c %a "$(dirname "$MUSTDO_DB")")" = 700 ] || fail "its folder is not 700"
m customers add --name "Acme Ltd" --status customer --tag vip $T >/dev/null
m customers edit 张三 --tier important --notes "likes tea" $T >/dev/null
list=$(m customers list --sort tier $T)
expect_contains "$list" "KH-2026-0001  张三      华为技术  important  prospect" "the list, aligned under CJK"
expect_contains "$(m customers --tag vip $T)" "Acme Ltd" "filter by tag"
expect_contains "$(m customers show 1 $T)" "Tier: key → important" "history in show"

# Bad input: one sentence, exit 64, the database unchanged.
before=$(sqlite3 "$MUSTDO_DB" .dump | sha256sum)
set +e
err=$(m customers add --name "$(printf '%010000d' 0)" $T 2>&1 >/dev/null); code=$?
set -e
[ "$code" = 64 ] || fail "a 10,000-character name exits $code"
[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "more than one line: $err"
expect_contains "$err" "--name is 10000 characters long" "the too-long name"
set +e; m customers edit 张三 --decision-date 2026-13-01 $T 2>/dev/null; code=$?; set -e
[ "$code" = 64 ] || fail "a bad date exits $code"
[ "$(sqlite3 "$MUSTDO_DB" .dump | sha256sum)" = "$before" ] || fail "a refused command changed the database"

# Lunar birthdays: the next birthday MustDo shows agrees with borax (an independent lunar calendar) for
# leap months, day 30 in short months and days around the new year.
python3 - "$MUSTDO_BIN" <<'PY' || fail "lunar birthdays disagree with borax"
import datetime, json, subprocess, sys, random
from borax.calendars.lunardate import LunarDate, LCalendars
mustdo = sys.argv[1]
random.seed(7)
def borax_next(month, day, today):
    cy = LunarDate.from_solar(today).year
    for y in (cy - 1, cy, cy + 1):
        d = LunarDate(y, month, min(day, LCalendars.ndays(y, month))).to_solar_date()
        if d >= today: return d
births = [("1980-04-12", False), ("2020-04-30", True), ("1984-10-30", True), ("1995-12-30", False), ("1970-01-01", False)]
while len(births) < 30:
    y = random.randint(1901, 2020); mo = random.randint(1, 12); da = random.randint(1, 30)
    if da <= LCalendars.ndays(y, mo): births.append((f"{y:04d}-{mo:02d}-{da:02d}", False))
bad = 0
checked = 0
for today in (datetime.date(2026, 11, 27), datetime.date(2027, 2, 5), datetime.date(2025, 8, 20)):
    for text, leap in births:
        y, mo, da = map(int, text.split("-"))
        if leap:
            if LCalendars.leap_month(y) != mo: continue
            text = f"{y:04d}-L{mo:02d}-{da:02d}"
            if da > LCalendars.ndays(y, mo, 1): continue
        out = subprocess.run([mustdo, "customers", "add", "--name", "b" + text, "--birthday", "lunar:" + text, "--json", "--today", str(today)],
                             capture_output=True, text=True)
        if out.returncode != 0: print(out.stderr); bad += 1; continue
        got = json.loads(out.stdout)["next_birthday"]
        checked += 1
        want = str(borax_next(mo, da, today))
        if got != want: print(f"lunar {text} after {today}: mustdo {got}, borax {want}"); bad += 1
print(f"{checked} lunar birthdays checked against borax")
sys.exit(1 if bad or checked < 80 else 0)
PY

# Merge keeps both histories; forget erases the text from the file itself.
m customers add --name "张三 (dup)" --email zhang@example.com --hobbies "ForgetMeHobby" $T >/dev/null
dup=$(m customers --search dup --json $T | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['number'])")
m customers merge KH-2026-0001 "$dup" $T >/dev/null
expect_contains "$(m customers show 1 $T)" "$dup: created" "the merged card's history"
set +e; m customers forget 1 $T 2>/dev/null; code=$?; set -e
[ "$code" = 64 ] || fail "forget without --yes exits $code"
m customers forget 1 --yes $T >/dev/null
for s in 华为技术 ForgetMeHobby zhang@example.com 王总 "likes tea"; do
  if grep -qaF "$s" "$MUSTDO_DB" ${MUSTDO_DB}-wal 2>/dev/null; then fail "'$s' is still in the database file after forget"; fi
done
[ "$(sqlite3 "$MUSTDO_DB" "SELECT count(*) FROM customer WHERE forgotten_at IS NOT NULL")" = 2 ] || fail "forgotten count"
[ "$(sqlite3 "$MUSTDO_DB" "SELECT count(*) FROM customer_history WHERE customer_id = 1 AND (old IS NOT NULL OR new IS NOT NULL)")" = 0 ] || fail "history text kept"
n=$(m customers add --name 新客户 $T)
case "$n" in "Added KH-2026-"*" 新客户.") ;; *) fail "add after forget: $n" ;; esac
[ "$(sqlite3 "$MUSTDO_DB" "SELECT count(*) FROM customer WHERE number = 'KH-2026-0001'")" = 1 ] || fail "the forgotten number was reused"
echo "customers ok"
