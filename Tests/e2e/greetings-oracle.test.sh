# Festival dates against an independent implementation (Python borax): every lunar festival, 清明 and the solar
# festivals of every year 1900-2100 through `mustdo greetings festivals --json` (Tests/oracle/greetings_oracle.py);
# then the greet list with lunar and leap-month birthdays, in Chinese and English.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG MUSTDO_LANG || true
if ! python3 -c 'import borax' 2>/dev/null; then
  python3 -m pip install --quiet borax >&2 \
    || python3 -m pip install --quiet --break-system-packages borax >&2 \
    || fail "borax is missing and pip could not install it"
fi
export MUSTDO_DB="$E2E_TMP/db.sqlite" MUSTDO_CONFIG="$E2E_TMP/config.toml"
: > "$MUSTDO_CONFIG"
MUSTDO_BIN="$MUSTDO_BIN" python3 "$(dirname "$0")/../oracle/greetings_oracle.py" || fail "the festival oracle found mismatches (listed above)"

export MUSTDO_TODAY=2026-09-20
"$MUSTDO_BIN" customers add --name 张三 --status customer --tier key --birthday lunar:1980-08-16 >/dev/null
"$MUSTDO_BIN" customers add --name "Li Si" --status customer --birthday 1984-09-29 >/dev/null
"$MUSTDO_BIN" customers add --name 王五 --status lost --lost-reason price --birthday 1990-09-22 >/dev/null
"$MUSTDO_BIN" greetings dates 张三 --set 公司成立日 --date 2006-09-30 --lang zh >/dev/null
zh=$("$MUSTDO_BIN" greetings --days 10 --lang zh)
expect_contains "$zh" "问候清单 2026-09-20 – 2026-09-30" "the Chinese title names the range"
expect_contains "$zh" "2026-09-25 周五  5 天后  中秋节 — 2 位客户:KH-2026-0001 张三, KH-2026-0002 Li Si" "中秋 greets the current customers"
expect_contains "$zh" "2026-09-26 周六  6 天后  KH-2026-0001 张三 的生日(46 岁)  农历八月十六" "a lunar birthday falls on its lunar day"
expect_contains "$zh" "2026-09-29 周二  9 天后  KH-2026-0002 Li Si 的生日(42 岁)" "a solar birthday"
expect_contains "$zh" "2026-09-30 周三  10 天后  KH-2026-0001 张三 的公司成立日(20 周年)" "another date on the card"
case "$zh" in *王五*) fail "a lost customer is greeted: $zh" ;; esac
en=$("$MUSTDO_BIN" greetings --days 10 --lang en)
expect_contains "$en" "Greetings 2026-09-20 – 2026-09-30" "the English title"
expect_contains "$en" "Birthday of KH-2026-0001 张三 (46)  lunar 八月十六" "the English birthday line"
case "$en" in *Mid-Autumn*) fail "English greets Chinese festivals by default: $en" ;; esac
# [greetings] in config.toml: festivals and days ahead.
printf '[greetings]\nfestivals = ["中秋", "national-day"]\ndays_ahead = 12\ntiers = ["key"]\n' > "$MUSTDO_CONFIG"
en=$("$MUSTDO_BIN" greetings --lang en)
expect_contains "$en" "Mid-Autumn Festival — greet 1: KH-2026-0001 张三" "configured festivals and tiers"
expect_contains "$en" "2026-10-01 Thu  in 11 days  National Day" "configured look-ahead"
json=$("$MUSTDO_BIN" greetings --json)
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); k=[g["kind"] for g in d["greetings"]]; assert k.count("festival")==2 and "birthday" in k and "date" in k, k' "$json" \
  || fail "greetings --json lists festivals, birthdays and card dates"
# Bad input: one sentence, exit 64 or 78, nothing written.
before=$(sqlite3 "$MUSTDO_DB" 'SELECT count(*) FROM customer_date')
set +e
err=$("$MUSTDO_BIN" greetings --days 400 --lang en 2>&1); rc=$?
[ $rc -eq 64 ] || fail "--days 400 exits $rc"; expect_contains "$err" "--days must be a number of days from 0 to 366" "--days is explained"
err=$("$MUSTDO_BIN" greetings dates 张三 --set 生日2 --date 2026-13-01 --lang zh 2>&1); rc=$?
[ $rc -eq 64 ] || fail "a bad card date exits $rc"; expect_contains "$err" "不是日期" "a bad card date is explained in Chinese"
err=$("$MUSTDO_BIN" greetings dates 张三 --remove 没有 --lang en 2>&1); rc=$?
[ $rc -eq 64 ] || fail "removing a missing date exits $rc"; expect_contains "$err" "has no date labelled" "a missing label is explained"
printf '[greetings]\nfestivals = ["halloween"]\n' > "$MUSTDO_CONFIG"
err=$("$MUSTDO_BIN" greetings --lang en 2>&1); rc=$?
[ $rc -eq 78 ] || fail "an unknown festival in config.toml exits $rc"; expect_contains "$err" "line 2" "the config line is named"
set -e
[ "$(sqlite3 "$MUSTDO_DB" 'SELECT count(*) FROM customer_date')" = "$before" ] || fail "a refused command changed the card dates"
