"""The lunar oracle: every solar day of 1900-01-31 .. 2100-12-31 through `mustdo lunar --format tsv`,
against Python's borax (an independent implementation with its own table); then every lunar date of a
sample of years back through `mustdo lunar --solar`. Prints the figures; exits 1 on any mismatch."""
import datetime, os, subprocess, sys
from borax.calendars.lunardate import LunarDate

mustdo = os.environ["MUSTDO_BIN"]
first, last = datetime.date(1900, 1, 31), datetime.date(2100, 12, 31)
out = subprocess.run([mustdo, "lunar", "--from", str(first), "--to", str(last), "--format", "tsv", "--lang", "en"],
                     check=True, capture_output=True, text=True).stdout.splitlines()
assert out[0] == "date\tlunar\tleap", out[0]
rows = out[1:]
expected_days = (last - first).days + 1
mismatches = 0
leap_days = 0
day = first
for line in rows:
    date, lunar, leap = line.split("\t")
    b = LunarDate.from_solar(day)
    want = (str(day), f"{b.year:04d}-{b.month:02d}-{b.day:02d}", "1" if b.leap else "0")
    if (date, lunar, leap) != want:
        mismatches += 1
        if mismatches <= 10:
            print(f"mismatch on {day}: mustdo says {lunar} leap={leap}, borax says {want[1]} leap={want[2]}")
    leap_days += leap == "1"
    day += datetime.timedelta(days=1)
if len(rows) != expected_days:
    print(f"mustdo printed {len(rows)} days, expected {expected_days}")
    mismatches += 1

# Lunar -> solar for every day of a sample of lunar years, including leap months, through --solar.
back = 0
for year in (1900, 1914, 1916, 1920, 1984, 2020, 2023, 2025, 2033, 2057, 2089, 2097, 2100):
    for month in range(1, 13):
        for leap in (False, True):
            for d in (1, 15, 29, 30):
                try:
                    b = LunarDate(year, month, d, int(leap))
                except Exception:
                    continue
                text = f"{year:04d}-{'L' if leap else ''}{month:02d}-{d:02d}"
                got = subprocess.run([mustdo, "lunar", "--solar", text, "--format", "tsv", "--lang", "en"],
                                     capture_output=True, text=True).stdout.splitlines()
                back += 1
                if len(got) != 2 or got[1].split("\t")[0] != str(b.to_solar_date()):
                    mismatches += 1
                    if mismatches <= 20:
                        print(f"--solar {text}: mustdo says {got[1:] if len(got) > 1 else got}, borax says {b.to_solar_date()}")
print(f"lunar oracle: {len(rows)} days (1900-01-31 .. 2100-12-31, {leap_days} in leap months) and {back} lunar dates back to solar "
      f"checked against borax, {mismatches} mismatches")
sys.exit(1 if mismatches else 0)
