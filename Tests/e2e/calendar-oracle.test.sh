# The calendar oracle: every day of 1900–2200 under every week start and fiscal start month, the due rules
# against dateutil.rrule over 1990–2100, holidays from a config file, and DST days in four time zones,
# all through `mustdo periods --format tsv` (Tests/oracle/calendar_oracle.py; about 30 s on a debug build).
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG MUSTDO_LANG || true
if ! python3 -c 'import dateutil' 2>/dev/null; then
  python3 -m pip install --quiet python-dateutil >&2 \
    || python3 -m pip install --quiet --break-system-packages python-dateutil >&2 \
    || fail "python-dateutil is missing and pip could not install it"
fi
MUSTDO_BIN="$MUSTDO_BIN" python3 "$(dirname "$0")/../oracle/calendar_oracle.py" || fail "the calendar oracle found mismatches (listed above)"
