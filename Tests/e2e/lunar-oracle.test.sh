# The lunar calendar against an independent implementation (Python borax): every day of 1900-2100 and
# lunar dates back to solar, through `mustdo lunar` (Tests/oracle/lunar_oracle.py).
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG MUSTDO_LANG || true
if ! python3 -c 'import borax' 2>/dev/null; then
  python3 -m pip install --quiet borax >&2 \
    || python3 -m pip install --quiet --break-system-packages borax >&2 \
    || fail "borax is missing and pip could not install it"
fi
MUSTDO_BIN="$MUSTDO_BIN" python3 "$(dirname "$0")/../oracle/lunar_oracle.py" || fail "the lunar oracle found mismatches (listed above)"
# Bad input: one sentence, exit 64, for an impossible lunar date and a date outside the table.
set +e
err=$("$MUSTDO_BIN" lunar --solar 2026-L02-01 --lang en 2>&1); rc=$?
set -e
[ $rc -eq 64 ] || fail "an impossible leap month exits $rc, not 64"
expect_contains "$err" "is not a lunar date" "an impossible leap month is explained"
set +e
err=$("$MUSTDO_BIN" lunar --date 1899-12-31 --lang zh 2>&1); rc=$?
set -e
[ $rc -eq 64 ] || fail "a date before the table exits $rc, not 64"
expect_contains "$err" "超出了 MustDo 的农历范围" "a date outside the table is explained in Chinese"
