# `mustdo export ics` with visits and promises (issue 11), read by independent parsers: Python's `icalendar`
# (installed with pip when missing) checks the appointments' VEVENTs (LOCATION, STATUS incl. CANCELLED, DTEND)
# and the open promises' VTODOs (DUE, a VALARM before it), stable UIDs across exports; calcurse imports the file
# into a scratch folder when it is installed (skipped, saying why, when it is not).
source "$(dirname "$0")/lib.sh"
unset MUSTDO_TODAY || true
if ! python3 -c 'import icalendar' 2>/dev/null; then
  python3 -m pip install --quiet icalendar >/dev/null 2>&1 || pip install --quiet icalendar >/dev/null 2>&1 \
    || fail "cannot install the Python icalendar package (pip install icalendar)"
fi
export MUSTDO_DB="$E2E_TMP/v.sqlite" LANG=zh_CN.UTF-8
M="$MUSTDO_BIN"
T=(--today 2026-11-27)
"$M" customers add --name 张三 --company 华为 "${T[@]}" >/dev/null
"$M" customers add --name 'Acme; Ltd, "West"' "${T[@]}" >/dev/null
"$M" visit 张三 --goal '现场参观' --result '同意参观' --commit '派两位工程师来工厂' --by 2026-12-03 --who 王总 \
  --next '2026-12-01 14:30' --place '华为大厦 5 楼, A 会议室; 前台登记' --about '演示' --at '2026-11-26 10:00' "${T[@]}" >/dev/null
"$M" appointments add KH-2026-0002 --at '2026-12-02 09:00' --place 'Office' --about 'price talk' "${T[@]}" >/dev/null
"$M" appointments cancel 2 --reason 'fever' "${T[@]}" >/dev/null
"$M" promise add 张三 --ours --kind rebate --what '年度累计销量分档返利' --by 2027-11-30 --conditions $'100 万以上 2%\n200 万以上 3%' --written "${T[@]}" >/dev/null
"$M" promise add KH-2026-0002 --theirs --kind payment --what 'pay invoice 42' --by 2026-12-05 --remind 0 "${T[@]}" >/dev/null
"$M" promise add 张三 --ours --what 'kept one' --by 2026-12-05 "${T[@]}" >/dev/null
"$M" promise keep 4 "${T[@]}" >/dev/null
"$M" export ics "${T[@]}" > "$E2E_TMP/a.ics"
sleep 1
"$M" export ics --output "$E2E_TMP/b.ics" "${T[@]}" >/dev/null

python3 - "$E2E_TMP" <<'PY' || fail "the visit and promise components did not pass the icalendar checks"
import sys, datetime as dt
from icalendar import Calendar
tmp = sys.argv[1]
problems = []
def check(cond, what):
    if not cond: problems.append(what)
raw = open(f"{tmp}/a.ics", "rb").read()
for i, line in enumerate(raw.split(b"\r\n")[:-1]):
    check(len(line) <= 75, f"line {i + 1} is {len(line)} octets")
    line.decode("utf-8")
a, b = Calendar.from_ical(raw), Calendar.from_ical(open(f"{tmp}/b.ics", "rb").read())
ev = {str(c["UID"]): c for c in a.walk("VEVENT")}
check(set(ev) == {"appointment-1@mustdo", "appointment-2@mustdo"}, f"VEVENT UIDs {sorted(ev)}")
e1, e2 = ev["appointment-1@mustdo"], ev["appointment-2@mustdo"]
check(e1.decoded("DTSTART") == dt.datetime(2026, 12, 1, 14, 30), f"DTSTART {e1.decoded('DTSTART')}")
check(e1.decoded("DTEND") == dt.datetime(2026, 12, 1, 15, 30), "DTEND an hour later")
check(str(e1["LOCATION"]) == "华为大厦 5 楼, A 会议室; 前台登记", f"LOCATION {e1['LOCATION']!r}")
check(str(e1["STATUS"]) == "CONFIRMED" and str(e2["STATUS"]) == "CANCELLED", "STATUS CONFIRMED / CANCELLED")
check(str(e1["SUMMARY"]) == "KH-2026-0001 张三 — 演示", f"SUMMARY {e1['SUMMARY']!r}")
check(str(e2["SUMMARY"]) == 'KH-2026-0002 Acme; Ltd, "West" — price talk', f"SUMMARY {e2['SUMMARY']!r}")
todos = {str(c["UID"]): c for c in a.walk("VTODO") if str(c["UID"]).startswith("promise-")}
check(set(todos) == {"promise-1@mustdo", "promise-2@mustdo", "promise-3@mustdo"}, f"open promises only: {sorted(todos)}")
rebate = todos["promise-2@mustdo"]
check(rebate.decoded("DUE") == dt.datetime(2027, 11, 30, 23, 59, 59), "DUE at the end of the due day")
check(str(rebate["DESCRIPTION"]) == "100 万以上 2%\n200 万以上 3%", f"DESCRIPTION {rebate['DESCRIPTION']!r}")
alarms = rebate.walk("VALARM")
check(len(alarms) == 1, "one VALARM")
trig = alarms[0]["TRIGGER"]
check(trig.params.get("RELATED") == "END", "the alarm is related to DUE")
fires = rebate.decoded("DUE") + trig.dt
check(fires == dt.datetime(2027, 10, 31, 9, 0), f"rebate alarm fires 30 days before at 09:00, not {fires}")
pay = todos["promise-3@mustdo"]
check(pay.decoded("DUE") + pay.walk("VALARM")[0]["TRIGGER"].dt == dt.datetime(2026, 12, 5, 9, 0), "--remind 0: the morning of the due day")
action = todos["promise-1@mustdo"]
check(action.decoded("DUE") + action.walk("VALARM")[0]["TRIGGER"].dt == dt.datetime(2026, 12, 2, 9, 0), "an action commitment: a day before")
# Stable UIDs and content across two exports (DTSTAMP aside).
for comp in ("VEVENT", "VTODO"):
    x = {str(c["UID"]): c for c in a.walk(comp)}; y = {str(c["UID"]): c for c in b.walk(comp)}
    check(set(x) == set(y), f"{comp} UIDs differ between exports")
    for uid in x:
        for key in x[uid].keys():
            if key != "DTSTAMP":
                check(x[uid][key].to_ical() == y[uid][key].to_ical() if hasattr(x[uid][key], "to_ical") else x[uid][key] == y[uid][key], f"{uid} {key} differs")
for p in problems: print("PROBLEM:", p, file=sys.stderr)
print(f"icalendar: {len(ev)} VEVENTs, {len(todos)} promise VTODOs checked")
sys.exit(1 if problems else 0)
PY

if command -v calcurse >/dev/null; then
  mkdir -p "$E2E_TMP/cc"
  calcurse -D "$E2E_TMP/cc" -i "$E2E_TMP/a.ics" > "$E2E_TMP/cc.out" 2>&1 || { cat "$E2E_TMP/cc.out"; fail "calcurse -i refused the export"; }
  grep -q " 0 skipped" "$E2E_TMP/cc.out" || { cat "$E2E_TMP/cc.out"; fail "calcurse skipped part of the export"; }
  grep -q '12/01/2026 @ 14:30 -> 12/01/2026 @ 15:30.*KH-2026-0001 张三 — 演示' "$E2E_TMP/cc/apts" || { cat "$E2E_TMP/cc/apts"; fail "calcurse lacks the appointment"; }
  grep -q '年度累计销量分档返利' "$E2E_TMP/cc/todo" || fail "calcurse lacks the rebate promise"
  grep -q 'pay invoice 42' "$E2E_TMP/cc/todo" || fail "calcurse lacks the payment promise"
  echo "calcurse: $(tail -1 "$E2E_TMP/cc.out")"
else
  echo "calcurse is not installed here, so the calcurse import check was skipped (apt-get install calcurse to run it)"
fi
