"""The official-holiday oracle: generates MustDo's holiday file for every year chinese-calendar knows, makes it
the holidays_file of a temporary config, reads every year back through `mustdo holidays list --json`, and checks
every day of those years against chinese_calendar.is_holiday, is_workday and get_holiday_detail (its name).
Prints the figures; exits 1 on any mismatch."""
import datetime, json, os, subprocess, sys, tempfile
import chinese_calendar as cc
from chinese_calendar import constants

mustdo = os.environ["MUSTDO_BIN"]
first = min(constants.holidays).year
last = max(max(constants.holidays), max(constants.workdays)).year
tmp = tempfile.mkdtemp()
holidays_file = os.path.join(tmp, "holidays-cn.toml")
config = os.path.join(tmp, "config.toml")
env = dict(os.environ, MUSTDO_DB=os.path.join(tmp, "db.sqlite"), MUSTDO_CONFIG=config, MUSTDO_LANG="en")
subprocess.run([mustdo, "holidays", "generate", "--country", "cn", "--from", str(first), "--to", str(last),
                "--output", holidays_file], check=True, capture_output=True, env=env)
with open(config, "w") as f:
    f.write('holidays_file = "%s"\n' % holidays_file)
mismatches = days = 0
def bad(text):
    global mismatches
    mismatches += 1
    if mismatches <= 20:
        print(text)
for year in range(first, last + 1):
    out = subprocess.run([mustdo, "holidays", "list", "--year", str(year), "--json"], check=True,
                         capture_output=True, text=True, env=env).stdout
    data = json.loads(out)
    off = {e["date"]: e["name"] for e in data["holidays"]}
    work = {e["date"]: e["name"] for e in data["workdays"]}
    day = datetime.date(year, 1, 1)
    while day.year == year:
        key = str(day)
        days += 1
        workday = key in work or (day.weekday() < 5 and key not in off)
        if workday != cc.is_workday(day):
            bad(f"{key}: mustdo says workday={workday}, chinese_calendar.is_workday says {cc.is_workday(day)}")
        if (not workday) != cc.is_holiday(day):
            bad(f"{key}: mustdo says holiday={not workday}, chinese_calendar.is_holiday says {cc.is_holiday(day)}")
        detail = cc.get_holiday_detail(day)
        name = off.get(key) or work.get(key)
        if detail != (not workday, name):
            bad(f"{key}: mustdo says {(not workday, name)}, chinese_calendar.get_holiday_detail says {detail}")
        day += datetime.timedelta(days=1)
print(f"holiday oracle: {days} days of {first}-{last} checked against chinese-calendar "
      f"{getattr(cc, '__version__', '?')} (is_holiday, is_workday, get_holiday_detail), {mismatches} mismatches")
sys.exit(1 if mismatches else 0)
