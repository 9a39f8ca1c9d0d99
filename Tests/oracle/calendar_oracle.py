#!/usr/bin/env python3
"""Calendar oracle: an independent Python implementation of MustDo's period keys, ranges and due rules.

It runs the built binary (env MUSTDO_BIN, default /work/main/.build/debug/mustdo) as
`mustdo periods ... --format tsv` and compares every field with what this file computes from
the standard library (datetime.date.isocalendar, calendar.monthrange) and python-dateutil
(relativedelta for month arithmetic, rrule for due dates). Nothing here calls MustDo's logic.

Checks:
  1. Every day of 1900-01-01 .. 2200-12-31: day, week, month, quarter, half and year key/start/end.
     Week kinds depend only on the week start and fiscal kinds only on the fiscal start month, so
     12 runs cover all 3 x 12 combinations: run i uses fiscal start i and week start i % 3.
  2. Due rules for week/month/quarter/half/year over 1990..2100 (every fiscal start for the
     fiscal kinds, every week start for weeks) against dateutil.rrule.
  3. Last-workday with holidays and swapped workdays from a config file, against an rruleset.
  4. The same commands under TZ=America/New_York, Europe/Berlin, Asia/Shanghai and
     Australia/Lord_Howe on DST transition days give byte-identical output to TZ=UTC.

Prints `calendar oracle: N cases checked, M mismatches` (a case is one compared field) and the
first 20 mismatches; exits 1 on any mismatch, 2 when the binary cannot be run.
"""
from __future__ import annotations

import atexit
import bisect
import calendar
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

try:
    from dateutil import rrule as rr
    from dateutil.relativedelta import relativedelta
except ImportError:  # pragma: no cover - the e2e wrapper installs it
    print("calendar oracle: python-dateutil is missing: pip install python-dateutil", file=sys.stderr)
    sys.exit(2)

BIN = os.environ.get("MUSTDO_BIN", "/work/main/.build/debug/mustdo")
WEEK_STARTS = {"monday": 1, "sunday": 7, "saturday": 6}  # ISO weekday numbers
WEEK_SUFFIX = {"monday": "", "sunday": "-sun", "saturday": "-sat"}
KINDS = ["week", "month", "quarter", "half", "year"]
FISCAL_MONTHS = {"quarter": 3, "half": 6, "year": 12}
ONE_DAY = timedelta(days=1)

TMP = tempfile.mkdtemp(prefix="mustdo-oracle-")
atexit.register(shutil.rmtree, TMP, True)
NO_CONFIG = os.path.join(TMP, "absent.toml")  # a missing config file means the standard settings


class Tally:
    def __init__(self) -> None:
        self.cases = 0
        self.mismatches = 0
        self.examples: list[str] = []

    def check(self, what: str, expected: str, actual: str) -> None:
        self.cases += 1
        if expected != actual:
            self.mismatch(f"{what}: expected {expected!r}, got {actual!r}")

    def mismatch(self, text: str) -> None:
        self.mismatches += 1
        if len(self.examples) < 20:
            self.examples.append(text)


T = Tally()


def run(args: list[str], tz: str = "UTC", config: str = NO_CONFIG) -> str:
    env = dict(os.environ)
    env.update(TZ=tz, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for k in ("MUSTDO_TODAY", "MUSTDO_LANG", "MUSTDO_CONFIG", "MUSTDO_DB"):
        env.pop(k, None)
    p = subprocess.run([BIN, "periods", "--config", config, *args], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        T.mismatch(f"`mustdo periods {' '.join(args)}` exited {p.returncode}: {p.stderr.strip()}")
        return ""
    return p.stdout


# ---------------------------------------------------------------- periods, computed independently


def iso(d: date) -> str:
    return d.isoformat()


def week_of(d: date, ws: str) -> tuple[str, date, date]:
    """The week starting on weekday `ws` that contains d, keyed by the ISO week of the Monday inside it."""
    start = d - timedelta(days=(d.isoweekday() - WEEK_STARTS[ws]) % 7)
    monday = start + timedelta(days=(1 - WEEK_STARTS[ws]) % 7)
    y, w, _ = monday.isocalendar()
    return f"{y:04d}-W{w:02d}{WEEK_SUFFIX[ws]}", start, start + timedelta(days=6)


def month_of(d: date) -> tuple[str, date, date]:
    last = calendar.monthrange(d.year, d.month)[1]
    return f"{d.year:04d}-{d.month:02d}", date(d.year, d.month, 1), date(d.year, d.month, last)


def fiscal_of(d: date, kind: str, fs: int) -> tuple[str, date, date]:
    """Quarter/half/year of a fiscal year starting in month fs, named by the calendar year it starts in."""
    fy = d.year if d.month >= fs else d.year - 1
    fy_start = date(fy, fs, 1)
    length = FISCAL_MONTHS[kind]
    index = ((d.month - fs) % 12) // length
    start = fy_start + relativedelta(months=index * length)
    end = start + relativedelta(months=length) - ONE_DAY
    body = f"{fy:04d}" + {"quarter": f"-Q{index + 1}", "half": f"-H{index + 1}", "year": ""}[kind]
    key = body if fs == 1 else f"FY{body}@{fs:02d}"
    return key, start, end


def period_of(d: date, kind: str, ws: str, fs: int) -> tuple[str, date, date]:
    if kind == "week":
        return week_of(d, ws)
    if kind == "month":
        return month_of(d)
    return fiscal_of(d, kind, fs)


def daterange(a: date, b: date):
    d = a
    while d <= b:
        yield d
        d += ONE_DAY


# ---------------------------------------------------------------- 1. every day, every kind

HEADER = "date\tday_key\t" + "\t".join(f"{k}_{f}" for k in KINDS for f in ("key", "start", "end"))


def expected_day_lines(a: date, b: date, ws: str, fs: int) -> list[str]:
    # Cache per week / per month: fields repeat for every day inside them.
    week_cache: dict[date, str] = {}
    month_cache: dict[tuple[int, int], str] = {}
    lines = []
    for d in daterange(a, b):
        wk = d - timedelta(days=(d.isoweekday() - WEEK_STARTS[ws]) % 7)
        w = week_cache.get(wk)
        if w is None:
            key, s, e = week_of(d, ws)
            w = week_cache[wk] = f"{key}\t{iso(s)}\t{iso(e)}"
        m = month_cache.get((d.year, d.month))
        if m is None:
            parts = []
            for kind in ("month", "quarter", "half", "year"):
                key, s, e = period_of(d, kind, ws, fs)
                parts.append(f"{key}\t{iso(s)}\t{iso(e)}")
            m = month_cache[(d.year, d.month)] = "\t".join(parts)
        ds = iso(d)
        lines.append(f"{ds}\t{ds}\t{w}\t{m}")
    return lines


def compare_lines(what: str, header: str, expected: list[str], actual_text: str) -> None:
    """Compares tsv output with expected lines field by field (fast path: whole-line equality)."""
    if not actual_text:
        return
    actual = actual_text.split("\n")
    if actual and actual[-1] == "":
        actual.pop()
    names = header.split("\t")
    T.check(f"{what} header", header, actual[0] if actual else "")
    body = actual[1:]
    if len(body) != len(expected):
        T.mismatch(f"{what}: expected {len(expected)} lines, got {len(body)}")
    for exp, act in zip(expected, body):
        if exp == act:
            T.cases += len(names)
            continue
        ef, af = exp.split("\t"), act.split("\t")
        for i, name in enumerate(names):
            T.check(f"{what} {ef[0]} {name}", ef[i] if i < len(ef) else "", af[i] if i < len(af) else "<missing>")


def check_every_day(pool: ThreadPoolExecutor) -> None:
    a, b = date(1900, 1, 1), date(2200, 12, 31)
    combos = [(list(WEEK_STARTS)[fs % 3], fs) for fs in range(1, 13)]
    futures = [
        pool.submit(run, ["--from", iso(a), "--to", iso(b), "--week-start", ws, "--fiscal-start", str(fs), "--format", "tsv"])
        for ws, fs in combos
    ]
    for (ws, fs), fut in zip(combos, futures):
        compare_lines(f"days ws={ws} fs={fs}", HEADER, expected_day_lines(a, b, ws, fs), fut.result())


# ---------------------------------------------------------------- 2. due rules against dateutil.rrule
#
# How each rule maps to an rrule (default settings: workdays Monday-Friday, no holidays):
#   weekday `fri`      -> FREQ=WEEKLY;BYDAY=FR: the one occurrence inside the week.
#   day `N` (clamped)  -> FREQ=MONTHLY;BYMONTHDAY=N,-1;BYSETPOS=1: the earlier of day N and the month's
#                         last day, i.e. min(N, month length); cross-checked against calendar.monthrange.
#   `last-day`         -> FREQ=MONTHLY;BYMONTHDAY=-1.
#   `last-workday`     -> FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1.
#   `@N`               -> the occurrence inside month N of the period (period start + N-1 months);
#                         without @N, the period's last month.

RULE_FROM, RULE_TO = date(1990, 1, 1), date(2100, 12, 31)
GEN_FROM, GEN_TO = datetime(1988, 1, 1), datetime(2103, 12, 31)
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
RR_WEEKDAYS = [rr.MO, rr.TU, rr.WE, rr.TH, rr.FR, rr.SA, rr.SU]
MONTH_RULES = ["1", "15", "28", "29", "30", "31", "last-day", "last-workday"]
MONTH_VARIANTS = {"month": [None], "quarter": [None, 1, 2, 3], "half": [None, 1, 6], "year": [None, 1, 2, 12]}


def rrule_dates(rule: str) -> list[date]:
    if rule in WEEKDAYS:
        r = rr.rrule(rr.WEEKLY, byweekday=RR_WEEKDAYS[WEEKDAYS.index(rule)], dtstart=GEN_FROM, until=GEN_TO)
    elif rule == "last-day":
        r = rr.rrule(rr.MONTHLY, bymonthday=-1, dtstart=GEN_FROM, until=GEN_TO)
    elif rule == "last-workday":
        r = rr.rrule(rr.MONTHLY, byweekday=(rr.MO, rr.TU, rr.WE, rr.TH, rr.FR), bysetpos=-1, dtstart=GEN_FROM, until=GEN_TO)
    else:
        n = int(rule)
        r = rr.rrule(rr.MONTHLY, bymonthday=(n, -1), bysetpos=1, dtstart=GEN_FROM, until=GEN_TO)
    out = [dt.date() for dt in r]
    if rule.isdigit():  # the clamping, said a second way
        for d in out:
            if d.day != min(int(rule), calendar.monthrange(d.year, d.month)[1]):
                raise AssertionError(f"oracle self-check: rrule clamp for {rule} gave {d}")
    return out


def one_in(dates: list[date], lo: date, hi: date) -> str:
    i = bisect.bisect_left(dates, lo)
    j = bisect.bisect_right(dates, hi)
    if j - i != 1:
        return f"<{j - i} rrule dates in {lo}..{hi}>"
    return iso(dates[i])


def expected_instances(kind: str, rule: str, month: int | None, ws: str, fs: int, dates: list[date]) -> list[str]:
    lines = []
    d = RULE_FROM
    while d <= RULE_TO:
        key, s, e = period_of(d, kind, ws, fs)
        if kind == "week":
            due = one_in(dates, s, e)
        else:
            months = {"month": 1, **FISCAL_MONTHS}[kind]
            m0 = s + relativedelta(months=(month or months) - 1)
            due = one_in(dates, m0, m0 + relativedelta(months=1) - ONE_DAY)
        lines.append(f"{key}\t{iso(s)}\t{iso(e)}\t{due}")
        d = e + ONE_DAY
    return lines


def check_due_rules(pool: ThreadPoolExecutor) -> None:
    jobs = []  # (what, expected lines thunk args, args)
    for ws in WEEK_STARTS:
        for rule in WEEKDAYS:
            jobs.append(("week", rule, None, ws, 1))
    for kind, variants in MONTH_VARIANTS.items():
        for rule in MONTH_RULES:
            for month in variants:
                for fs in (range(1, 13) if kind != "month" else [1]):
                    jobs.append((kind, rule, month, "monday", fs))
    cache: dict[str, list[date]] = {}
    futures = []
    for kind, rule, month, ws, fs in jobs:
        text = rule + (f"@{month}" if month else "")
        args = ["--from", iso(RULE_FROM), "--to", iso(RULE_TO), "--due", text, "--kind", kind,
                "--week-start", ws, "--fiscal-start", str(fs), "--format", "tsv"]
        futures.append(pool.submit(run, args))
    for (kind, rule, month, ws, fs), fut in zip(jobs, futures):
        dates = cache.get(rule) or cache.setdefault(rule, rrule_dates(rule))
        text = rule + (f"@{month}" if month else "")
        compare_lines(f"due {kind} {text} ws={ws} fs={fs}", "key\tstart\tend\tdue",
                      expected_instances(kind, rule, month, ws, fs, dates), fut.result())


# ---------------------------------------------------------------- 3. holidays and swapped workdays

HOLIDAYS = [date(2026, 1, 30), date(2026, 4, 30), date(2026, 4, 29), date(2026, 12, 31), date(2027, 2, 26),
            date(2030, 5, 31), date(2030, 5, 30), date(2030, 5, 29), date(2030, 5, 28), date(2030, 5, 27)]
EXTRA_WORKDAYS = [date(2026, 2, 28), date(2026, 10, 31), date(2028, 9, 30)]


def check_holidays() -> None:
    cfg = os.path.join(TMP, "holidays.toml")
    with open(cfg, "w") as f:
        f.write('week_start = "sunday"\nfiscal_start_month = 4\n')
        f.write("holidays = [" + ", ".join(f'"{iso(d)}"' for d in HOLIDAYS) + "]\n")
        f.write("extra_workdays = [" + ", ".join(f'"{iso(d)}"' for d in EXTRA_WORKDAYS) + "]\n")
    # Workdays = rruleset(Mon-Fri daily) minus holidays plus extra workdays; last-workday = the last in the month.
    rs = rr.rruleset()
    rs.rrule(rr.rrule(rr.DAILY, byweekday=(rr.MO, rr.TU, rr.WE, rr.TH, rr.FR), dtstart=datetime(2025, 1, 1), until=datetime(2032, 12, 31)))
    for h in HOLIDAYS:
        rs.exdate(datetime(h.year, h.month, h.day))
    for x in EXTRA_WORKDAYS:
        rs.rdate(datetime(x.year, x.month, x.day))
    workdays = [dt.date() for dt in rs]
    lo, hi = date(2026, 1, 1), date(2030, 12, 31)
    for kind, month in (("month", None), ("quarter", None), ("quarter", 1), ("half", 6), ("year", 11)):
        text = "last-workday" + (f"@{month}" if month else "")
        out = run(["--from", iso(lo), "--to", iso(hi), "--due", text, "--kind", kind, "--format", "tsv"], config=cfg)
        exp = []
        d = lo
        while d <= hi:
            key, s, e = period_of(d, kind, "sunday", 4)
            months = {"month": 1, **FISCAL_MONTHS}[kind]
            m0 = s + relativedelta(months=(month or months) - 1)
            m1 = m0 + relativedelta(months=1) - ONE_DAY
            j = bisect.bisect_right(workdays, m1)
            due = workdays[j - 1] if j and workdays[j - 1] >= m0 else m1
            exp.append(f"{key}\t{iso(s)}\t{iso(e)}\t{iso(due)}")
            d = e + ONE_DAY
        compare_lines(f"holidays {kind} {text}", "key\tstart\tend\tdue", exp, out)
    # The config's week start and fiscal start apply, and the flags override them.
    out = run(["--date", "2026-11-22", "--format", "tsv"], config=cfg)
    compare_lines("config settings", HEADER, expected_day_lines(date(2026, 11, 22), date(2026, 11, 22), "sunday", 4), out)
    out = run(["--date", "2026-11-22", "--format", "tsv", "--week-start", "saturday", "--fiscal-start", "1"], config=cfg)
    compare_lines("flags over config", HEADER, expected_day_lines(date(2026, 11, 22), date(2026, 11, 22), "saturday", 1), out)


# ---------------------------------------------------------------- 4. time zones and DST days

ZONES = ["America/New_York", "Europe/Berlin", "Asia/Shanghai", "Australia/Lord_Howe"]
DST_DAYS = [date(2026, 3, 8), date(2026, 11, 1), date(2026, 3, 29), date(2026, 10, 25), date(2026, 4, 5), date(2026, 10, 4)]
SETTINGS_SAMPLE = [("monday", 1), ("sunday", 4), ("saturday", 10)]


def tz_commands() -> list[list[str]]:
    cmds = []
    for d in DST_DAYS:
        for ws, fs in SETTINGS_SAMPLE:
            common = ["--week-start", ws, "--fiscal-start", str(fs)]
            cmds.append(["--date", iso(d), "--format", "tsv", *common])
            cmds.append(["--today", iso(d), "--format", "tsv", *common])
            cmds.append(["--from", iso(d - timedelta(days=7)), "--to", iso(d + timedelta(days=7)), "--format", "tsv", *common])
            cmds.append(["--date", iso(d), "--due", "last-workday", "--kind", "month", "--format", "tsv", *common])
        cmds.append(["--date", iso(d), "--format", "text"])
        cmds.append(["--date", iso(d), "--format", "json"])
    return cmds


def check_time_zones(pool: ThreadPoolExecutor) -> None:
    cmds = tz_commands()
    utc = list(pool.map(run, cmds))
    # The UTC runs themselves must be right.
    for cmd, out in zip(cmds, utc):
        if "tsv" in cmd:
            ws, fs = cmd[cmd.index("--week-start") + 1], int(cmd[cmd.index("--fiscal-start") + 1])
            if "--due" in cmd:
                continue
            if "--from" in cmd:
                a, b = date.fromisoformat(cmd[cmd.index("--from") + 1]), date.fromisoformat(cmd[cmd.index("--to") + 1])
            else:
                a = b = date.fromisoformat(cmd[1])
            compare_lines(f"UTC {' '.join(cmd)}", HEADER, expected_day_lines(a, b, ws, fs), out)
    for tz in ZONES:
        outs = list(pool.map(lambda c: run(c, tz=tz), cmds))
        for cmd, base, out in zip(cmds, utc, outs):
            T.check(f"TZ={tz} `periods {' '.join(cmd)}` equals the UTC output", base, out)


def main() -> int:
    if not (os.path.isfile(BIN) and os.access(BIN, os.X_OK)):
        print(f"calendar oracle: {BIN} is missing: build it with 'swift build' or set MUSTDO_BIN", file=sys.stderr)
        return 2
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        check_every_day(pool)
        check_due_rules(pool)
        check_holidays()
        check_time_zones(pool)
    elapsed = time.monotonic() - started
    print(f"calendar oracle: {T.cases} cases checked, {T.mismatches} mismatches ({elapsed:.1f} s)")
    for line in T.examples:
        print("  " + line)
    return 1 if T.mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
