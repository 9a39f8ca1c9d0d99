# China's official holidays and swapped workdays: `mustdo holidays generate` against the Python chinese-calendar
# package, every day of every year it knows (Tests/oracle/holidays_oracle.py); then --merge keeps the user's own
# days, and bad input changes nothing.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG MUSTDO_LANG || true
if ! python3 -c 'import chinese_calendar' 2>/dev/null; then
  python3 -m pip install --quiet chinese-calendar >&2 \
    || python3 -m pip install --quiet --break-system-packages chinese-calendar >&2 \
    || fail "chinese-calendar is missing and pip could not install it"
fi
MUSTDO_BIN="$MUSTDO_BIN" python3 "$(dirname "$0")/../oracle/holidays_oracle.py" || fail "the holiday oracle found mismatches (listed above)"

export MUSTDO_DB="$E2E_TMP/db.sqlite" MUSTDO_TODAY=2026-11-27
file="$E2E_TMP/holidays.toml"
# The user's own file: a company day off in 2026, a day in 2030 (outside the official years), and a wrong entry
# for 2026-10-01 (listed as a workday) that the official data corrects.
cat > "$file" <<'TOML'
holidays = ["2026-06-18", "2030-03-08"]
workdays = ["2026-10-01"]
[names]
"2026-06-18" = "公司周年"
TOML
chmod 0640 "$file"
out=$("$MUSTDO_BIN" holidays generate --from 2025 --to 2026 --output "$file" --merge --lang en)
expect_contains "$out" "2 of your own days kept" "the merge counts the days it kept"
text=$(cat "$file")
expect_contains "$text" '"2026-06-18" = "公司周年"' "the user's own day and its name are kept"
expect_contains "$text" '"2030-03-08"' "a day outside the official years is kept"
expect_contains "$text" '"2026-10-01" = "National Day"' "the official data wins for its own days"
expect_contains "$text" '"2026-09-20" = "National Day"' "a swapped workday is written with its holiday"
[ "$(stat -c %a "$file")" = 640 ] || fail "the merged file lost its mode"
python3 - "$file" <<'PY' || fail "the merged file is not what the official data and the user's days make"
import sys, tomllib
d = tomllib.load(open(sys.argv[1], "rb"))
assert "2026-10-01" in d["holidays"] and "2026-10-01" not in d["workdays"], d
assert "2026-09-20" in d["workdays"] and "2026-10-10" in d["workdays"], d
assert "2026-06-18" in d["holidays"] and "2030-03-08" in d["holidays"], d
PY
# Chinese names in a Chinese run, and a new file is private.
"$MUSTDO_BIN" holidays generate --from 2026 --to 2026 --output "$E2E_TMP/zh.toml" --lang zh >/dev/null
expect_contains "$(cat "$E2E_TMP/zh.toml")" '"2026-02-17" = "春节"' "Chinese names in a Chinese run"
[ "$(stat -c %a "$E2E_TMP/zh.toml")" = 600 ] || fail "a new holiday file is not 0600"

# Bad input: one sentence, exit 64, the file untouched.
before=$(sha256sum "$file")
check_refused() { # expected-text args...
  local want=$1; shift
  set +e; err=$("$MUSTDO_BIN" holidays generate "$@" 2>&1); rc=$?; set -e
  [ $rc -eq 64 ] || fail "holidays generate $* exits $rc, not 64: $err"
  expect_contains "$err" "$want" "holidays generate $*"
  [ "$(sha256sum "$file")" = "$before" ] || fail "holidays generate $* changed the file"
}
check_refused "no official holidays for country" --country us --output "$file" --merge --lang en
check_refused "are known for 2004–" --from 1999 --output "$file" --merge --lang en
check_refused "官方节假日只收录了" --from 2026 --to 2025 --output "$file" --merge --lang zh
check_refused "--merge needs --output" --merge --lang en
check_refused "either --merge" --output "$file" --merge --force --lang en
check_refused "exists" --output "$file" --lang en
# A damaged file to merge into: named with its line, exit 78, untouched.
printf 'holidays = ["2026-13-01"]\n' > "$E2E_TMP/bad.toml"
set +e; err=$("$MUSTDO_BIN" holidays generate --output "$E2E_TMP/bad.toml" --merge --lang en 2>&1); rc=$?; set -e
[ $rc -eq 78 ] || fail "merging into a broken file exits $rc, not 78: $err"
expect_contains "$err" "line 1" "the broken line is named"
[ "$(cat "$E2E_TMP/bad.toml")" = 'holidays = ["2026-13-01"]' ] || fail "the broken file was changed"
