"""The festival oracle: every festival of every year 1900-2100 through `mustdo greetings festivals --json`, against
Python's borax: the lunar festivals (春节, 元宵, 端午, 七夕, 中秋, 重阳) through borax's lunar calendar, 清明 through
borax's solar-term table, and the solar ones (元旦, 国庆, Christmas) by their fixed days. Exits 1 on any mismatch."""
import datetime, json, os, subprocess, sys
from borax.calendars.lunardate import LunarDate, TermUtils

mustdo = os.environ["MUSTDO_BIN"]
out = subprocess.run([mustdo, "greetings", "festivals", "--from", "1900", "--to", "2100", "--json", "--lang", "en"],
                     check=True, capture_output=True, text=True, env=dict(os.environ, MUSTDO_TODAY="2026-11-27")).stdout
got = {(e["year"], e["festival"]): e["date"] for e in json.loads(out)}
lunar = {"spring-festival": (1, 1), "lantern": (1, 15), "dragon-boat": (5, 5), "qixi": (7, 7), "mid-autumn": (8, 15), "double-ninth": (9, 9)}
solar = {"new-year": (1, 1), "national-day": (10, 1), "christmas": (12, 25)}
mismatches = checked = 0
for year in range(1900, 2101):
    want = {}
    for name, (m, d) in lunar.items():
        want[name] = LunarDate(year, m, d, 0).to_solar_date()
    for name, (m, d) in solar.items():
        want[name] = datetime.date(year, m, d)
    want["qingming"] = TermUtils.nth_term_day(year, term_name="清明")
    for name, day in want.items():
        checked += 1
        if got.get((year, name)) != str(day):
            mismatches += 1
            if mismatches <= 20:
                print(f"{year} {name}: mustdo says {got.get((year, name))}, borax says {day}")
if len(got) != checked:
    print(f"mustdo listed {len(got)} festival days, expected {checked}")
    mismatches += 1
print(f"festival oracle: {checked} festival days of 1900-2100 checked against borax, {mismatches} mismatches")
sys.exit(1 if mismatches else 0)
