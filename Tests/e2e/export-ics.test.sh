# `mustdo export ics|csv|json` checked by independent parsers: Python's `icalendar` (installed with pip
# when missing) for the iCalendar file, dateutil's rrule for the recurrences (compared with
# `mustdo periods --due`), Python's csv module for the CSV; and calcurse's importer when it is installed.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_TODAY || true
if ! python3 -c 'import icalendar' 2>/dev/null; then
  python3 -m pip install --quiet icalendar >/dev/null 2>&1 || pip install --quiet icalendar >/dev/null 2>&1 \
    || fail "cannot install the Python icalendar package (pip install icalendar)"
fi
python3 -c 'import icalendar, dateutil' || fail "python3 needs icalendar and python-dateutil"

export MUSTDO_DB="$E2E_TMP/m.sqlite" LANG=zh_CN.UTF-8 TZ=Asia/Shanghai
M="$MUSTDO_BIN"
T=(--today 2026-11-23)
# Three weeks of history (from Monday 2 November), some of it done, one item skipped.
"$M" today --today 2026-11-02 >/dev/null
for d in 2026-11-02 2026-11-03 2026-11-05 2026-11-16; do "$M" check day-motivate day-detail-tasks --today "$d" >/dev/null; done
"$M" check week-expenses --today 2026-11-06 >/dev/null
"$M" check month-tally-sales "${T[@]}" >/dev/null
"$M" skip day-outdoor-exercise --reason '下雨,没出门' --today 2026-11-04 >/dev/null
"$M" add-count day-greet-customers 5 --today 2026-11-17 >/dev/null
# Routines whose text needs escaping and folding, and every kind of due rule.
"$M" routines add --period week --title '在客户上班时,以每位客户朋友礼仪性的问候一次;记录"反馈"\备注,并在周三前整理好客户名单和拜访记录' \
  --due wed --tag 客户 --tag 'a;b' --note $'第一行\n第二行' "${T[@]}" >/dev/null
"$M" routines add --period month --title 'Pay on the 30th' --id month-pay-30 --due 30 "${T[@]}" >/dev/null
"$M" routines add --period quarter --title 'Mid-quarter review' --id quarter-mid --due 15@2 "${T[@]}" >/dev/null
"$M" routines add --period half --title 'Half-year wrap-up' --id half-wrap --due last-day "${T[@]}" >/dev/null
"$M" routines add --period year --title 'Spring plan' --id year-spring --due 1@3 "${T[@]}" >/dev/null
"$M" routines retire day-night-visit "${T[@]}" >/dev/null
"$M" check day-motivate "${T[@]}" >/dev/null

"$M" export ics "${T[@]}" > "$E2E_TMP/a.ics"
sleep 1
"$M" export ics --output "$E2E_TMP/b.ics" "${T[@]}" >/dev/null
"$M" routines --json "${T[@]}" > "$E2E_TMP/routines.json"
"$M" today --json "${T[@]}" > "$E2E_TMP/today.json"
"$M" export json "${T[@]}" > "$E2E_TMP/all.json"
"$M" export csv --bom "${T[@]}" > "$E2E_TMP/all.csv"

MUSTDO_BIN="$M" python3 - "$E2E_TMP" <<'PY' || fail "the export did not pass the independent checks"
import csv, datetime as dt, json, subprocess, sys, os
from zoneinfo import ZoneInfo
from icalendar import Calendar
from dateutil.rrule import rrulestr

tmp = sys.argv[1]
problems = []
def check(cond, what):
    if not cond:
        problems.append(what)

# --- Raw form: CRLF everywhere, lines of at most 75 octets, folding never inside a UTF-8 character.
raw = open(f"{tmp}/a.ics", "rb").read()
check(raw.endswith(b"END:VCALENDAR\r\n"), "ends with END:VCALENDAR CRLF")
lines = raw.split(b"\r\n")
check(lines[-1] == b"", "the last line ends in CRLF")
for i, line in enumerate(lines[:-1]):
    check(b"\n" not in line and b"\r" not in line, f"line {i + 1} has a bare CR or LF")
    check(len(line) <= 75, f"line {i + 1} is {len(line)} octets")
    line.decode("utf-8")  # each physical line is valid UTF-8 on its own: no character was split
check(sum(1 for l in lines if l.startswith(b" ")) >= 3, "long lines were folded")

a = Calendar.from_ical(raw)
b = Calendar.from_ical(open(f"{tmp}/b.ics", "rb").read())
check(str(a.get("VERSION")) == "2.0" and str(a.get("PRODID")).startswith("-//MustDo//"), "VERSION and PRODID")

def todos(cal):
    return {str(c["UID"]): c for c in cal.walk("VTODO")}
ta, tb = todos(a), todos(b)
check(set(ta) == set(tb), "UIDs are the same in two exports")
for uid, c in ta.items():
    d = tb[uid]
    for key in c.keys():
        if key != "DTSTAMP":
            check(c[key].to_ical() == d[key].to_ical() if hasattr(c[key], "to_ical") else c[key] == d[key], f"{uid} {key} differs between exports")

routines = json.load(open(f"{tmp}/routines.json"))
today = json.load(open(f"{tmp}/today.json"))
items = {i["routine"]: i for p in today["periods"] for i in p["items"]}
occurrences = json.load(open(f"{tmp}/all.json"))["occurrences"]
TODAY = dt.date(2026, 11, 23)
CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

def expected_rule(r, anchor):
    due, kind = r["due"], r["period"]
    if kind == "day":
        return "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR" if r["workdays_only"] else "FREQ=DAILY"
    if kind == "week":
        return "FREQ=WEEKLY;BYDAY=" + (due[:2].upper() if due else "SU")
    freq = {"month": "FREQ=MONTHLY", "quarter": "FREQ=MONTHLY;INTERVAL=3", "half": "FREQ=MONTHLY;INTERVAL=6",
            "year": f"FREQ=YEARLY;BYMONTH={anchor.month}"}[kind]
    rule = (due or "last-day").split("@")[0]
    if rule == "last-day" or rule == "31":
        return freq + ";BYMONTHDAY=-1"
    if rule == "last-workday":
        return freq + ";BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    n = int(rule)
    if n <= 28:
        return freq + f";BYMONTHDAY={n}"
    return freq + ";BYMONTHDAY=" + ",".join(str(x) for x in range(28, n + 1)) + ";BYSETPOS=-1"

def mustdo_dues(rule, kind, start):
    out = subprocess.run([os.environ["MUSTDO_BIN"], "periods", "--due", rule, "--kind", kind, "--from", start.isoformat(),
                          "--to", (start + dt.timedelta(days=3000)).isoformat(), "--format", "tsv"],
                         capture_output=True, text=True, check=True).stdout.splitlines()[1:]
    return [dt.date.fromisoformat(l.split("\t")[3]) for l in out]

active = [r for r in routines if r["retired_on"] is None]
check(len(active) == 103, f"103 active routines, not {len(active)}")
for r in routines:
    uid = r["id"] + "@mustdo"
    if r["retired_on"] is not None:
        check(uid not in ta, f"retired {r['id']} has no repeating VTODO")
        continue
    c = ta.get(uid)
    if c is None:
        problems.append(f"{uid} missing")
        continue
    check(str(c["SUMMARY"]) == r["title"], f"{uid} SUMMARY {str(c['SUMMARY'])!r}")
    check(str(c.get("STATUS")) == "NEEDS-ACTION", f"{uid} STATUS")
    if r["note"]:
        check(str(c["DESCRIPTION"]) == r["note"], f"{uid} DESCRIPTION")
    if r["tags"]:
        cats = c["CATEGORIES"].cats if hasattr(c["CATEGORIES"], "cats") else c["CATEGORIES"]
        check([str(x) for x in cats] == r["tags"], f"{uid} CATEGORIES {cats}")
    start, due = c.decoded("DTSTART"), c.decoded("DUE")
    check(isinstance(start, dt.datetime) and start.tzinfo is None and start.time() == dt.time(0, 0), f"{uid} DTSTART is a floating midnight")
    check(due == dt.datetime.combine(start.date(), dt.time(23, 59, 59)), f"{uid} DUE is the end of DTSTART's day")
    anchor = start.date()
    # DTSTART/DUE come from the current occurrence (the next one when it is settled or not scheduled today).
    item = items.get(r["id"])
    if item and item["state"] == "open":
        want = dt.date.fromisoformat(item["due"]) if item["due"] else TODAY
        check(anchor == want, f"{uid} DTSTART {anchor} is not the current due day {want}")
    elif item:
        check(anchor > TODAY, f"{uid} settled today, so it starts later ({anchor})")
    rule = c["RRULE"].to_ical().decode()
    parts = lambda text: dict(p.split("=") for p in text.split(";"))   # icalendar reorders the parts
    check(parts(rule) == parts(expected_rule(r, anchor)), f"{uid} RRULE {rule} (expected {expected_rule(r, anchor)})")
    instances = list(rrulestr(rule, dtstart=start, forceset=True).xafter(start - dt.timedelta(seconds=1), count=8))
    days = [x.date() for x in instances]
    check(days[0] == anchor, f"{uid} the first instance is DTSTART")
    if r["period"] == "day":
        check(all(d.weekday() < 5 for d in days) if r["workdays_only"] else days == [anchor + dt.timedelta(n) for n in range(8)],
              f"{uid} daily instances {days}")
    else:
        expected = mustdo_dues(r["due"] or ("sun" if r["period"] == "week" else "last-day"), r["period"], anchor)
        check(days == expected[:8], f"{uid} instances {days} differ from mustdo periods {expected[:8]}")

# --- Completed items: one per done occurrence, with UTC completion times.
shanghai = ZoneInfo("Asia/Shanghai")
done = [o for o in occurrences if o["state"] == "done"]
completed = {u: c for u, c in ta.items() if "/" in u}
check(len(done) == len(completed) and len(done) >= 12, f"{len(done)} done occurrences, {len(completed)} completed VTODOs")
for o in done:
    uid = f"{o['routine']}/{o['key']}@mustdo"
    c = completed.get(uid)
    if c is None:
        problems.append(f"{uid} missing")
        continue
    check(str(c["STATUS"]) == "COMPLETED" and int(c["PERCENT-COMPLETE"]) == 100, f"{uid} STATUS")
    check(str(c["SUMMARY"]) == o["title"], f"{uid} SUMMARY")
    when = c.decoded("COMPLETED")
    local = dt.datetime.fromisoformat(o["done_at"]).replace(tzinfo=shanghai)
    check(when.tzinfo is not None and when.utcoffset() == dt.timedelta(0) and when == local, f"{uid} COMPLETED {when} vs {local}")
    check(c.decoded("DTSTART").date().isoformat() == o["date"], f"{uid} DTSTART")
    check(c.decoded("DUE").date().isoformat() == (o["due"] or o["end"]), f"{uid} DUE")
    check("RRULE" not in c, f"{uid} has no RRULE")

# --- CSV: RFC 4180 with a BOM, the same rows as the JSON.
rawcsv = open(f"{tmp}/all.csv", "rb").read()
check(rawcsv.startswith(b"\xef\xbb\xbf"), "CSV starts with a BOM")
check(rawcsv.endswith(b"\r\n") and b"\n" not in rawcsv.replace(b"\r\n", b""), "CSV records end in CRLF")
with open(f"{tmp}/all.csv", newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f, strict=True))
header = rows[0]
check(header == ["date", "end", "due", "period", "key", "routine", "title", "state", "done_at", "skip_reason", "progress", "target", "note"], "CSV header")
check(len(rows) - 1 == len(occurrences), f"{len(rows) - 1} CSV rows, {len(occurrences)} JSON objects")
for row, o in zip(rows[1:], occurrences):
    for name, value in zip(header, row):
        want = o[name]
        check(value == ("" if want is None else str(want)), f"CSV {o['routine']} {o['key']} {name}: {value!r} != {want!r}")
check(any(r[9] == "下雨,没出门" for r in rows), "a Chinese skip reason with a comma survives")
check(any("问候" in r[6] for r in rows), "Chinese titles survive")

if problems:
    print("\n".join(problems[:40]))
    sys.exit(1)
print("ics/csv ok:", len(ta), "VTODOs,", len(rows) - 1, "CSV rows")
PY

# calcurse's own importer, when it is installed.
if command -v calcurse >/dev/null 2>&1; then
  mkdir -p "$E2E_TMP/calcurse"
  report=$(calcurse -D "$E2E_TMP/calcurse" -i "$E2E_TMP/a.ics" 2>&1) || fail "calcurse -i failed: $report"
  total=$(grep -c 'BEGIN:VTODO' "$E2E_TMP/a.ics")
  expect_contains "$report" "$total todos / 0 skipped" "calcurse imports every VTODO"
  [ "$(grep -c '^\[' "$E2E_TMP/calcurse/todo")" = "$total" ] || fail "calcurse's todo file does not hold $total items"
  grep -q '^\[-' "$E2E_TMP/calcurse/todo" || fail "calcurse did not see the completed items"
else
  echo "calcurse is not installed: its import check was skipped"
fi
