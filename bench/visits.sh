#!/usr/bin/env bash
# Benchmark (issue 11): a salesperson's three years — 2,000 customers, 15,000 visits, 5,000 promises, about 4,000
# appointments, and three years of routine history — then `mustdo plan` against `mustdo today` in the same
# hyperfine run (release build). Target: plan within 1.5× of today; opening the ledger and a customer's timeline in
# the screen under 20 ms (mustdo-bench ledger). Not run by CI.
# Needs hyperfine (apt-get install -y hyperfine), sqlite3 and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
out=bench/out; mkdir -p "$out"
swift build -c release --static-swift-stdlib --product mustdo >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/mustdo
export XDG_CONFIG_HOME="$PWD/$out/config" LANG=en_US.UTF-8
db="$PWD/$out/visits.sqlite"
today=2026-11-27
rm -f "$db"*
"$bin" init --db "$db" --today 2023-11-27 >/dev/null
"$bin" today --db "$db" --today "$today" >/dev/null            # three years of routine history
"$bin" customers list --db "$db" --today "$today" >/dev/null    # migrated

# Three years of a salesperson's work, written straight into the tables (seeded, so every run is the same).
python3 - "$db" <<'PY'
import random, sqlite3, sys, datetime as dt
rng = random.Random(11)
con = sqlite3.connect(sys.argv[1])
start, end = dt.date(2023, 11, 27), dt.date(2026, 11, 27)
days = (end - start).days
surnames = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗"
con.execute("BEGIN")
for i in range(1, 2001):
    con.execute("INSERT INTO customer (number, name, company, tier, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (f"KH-2023-{i:04d}", rng.choice(surnames) + rng.choice("伟芳娜敏静丽强磊军洋") + rng.choice(["", "明", "华"]), f"公司{i}",
                 rng.choice(["key", "important", "general", ""]), rng.choice(["prospect", "customer", "customer", "dormant"]),
                 "2023-11-27T09:00:00", "2024-01-01T09:00:00"))
last = {}
for v in range(1, 15001):
    day = start + dt.timedelta(days=int(days * v / 15000))
    at = f"{day} {rng.randint(8, 18):02d}:{rng.choice([0, 15, 30, 45]):02d}"
    cust = rng.randint(1, 2000)
    con.execute("""INSERT INTO visit (customer_id, kind, at, person, goal, target_high, target_medium, target_low, happened, result, created_at)
                   VALUES (?, ?, ?, '', ?, ?, '', ?, ?, ?, ?)""",
                (cust, rng.choice(["visit", "visit", "call", "message", "meal"]), at, f"goal {v}", "order", "meeting", "talked", f"result {v}", at.replace(" ", "T") + ":00"))
    last[cust] = str(day)
    if rng.random() < 0.27:   # an appointment agreed at the visit, a few days later; some could not be kept
        a = day + dt.timedelta(days=rng.randint(1, 14))
        state = rng.choice(["kept"] * 8 + ["planned", "cannot-keep"]) if a < end else "planned"
        told = f"{a}T08:00:00" if state == "cannot-keep" and rng.random() < 0.9 else None
        con.execute("INSERT INTO appointment (customer_id, visit_id, at, place, about, state, told_at, created_at, updated_at) VALUES (?, ?, ?, 'office', 'follow-up', ?, ?, ?, ?)",
                    (cust, v, f"{a} {rng.randint(9, 17):02d}:00", state, told, at, at))
for c, d in last.items():
    con.execute("UPDATE customer SET last_contact = ? WHERE id = ?", (d, c))
# Birthdays on a third of the cards (a quarter of them lunar) and a few own contact intervals: the greet list and the
# contact cadence that `mustdo plan` shows (issue 12).
for c in range(1, 2001):
    r = rng.random()
    if r < 0.25:
        con.execute("UPDATE customer SET birthday = ? WHERE id = ?", (f"{rng.randint(1960, 1995)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", c))
    elif r < 0.33:
        con.execute("UPDATE customer SET birthday = ? WHERE id = ?", (f"lunar:{rng.randint(1960, 1995)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", c))
    if rng.random() < 0.05:
        con.execute("UPDATE customer SET contact_every = ? WHERE id = ?", (str(rng.choice([10, 21, 60, 90])), c))
for p in range(1, 5001):
    made = start + dt.timedelta(days=int(days * p / 5000))
    due = made + dt.timedelta(days=rng.choice([3, 7, 14, 30, 90, 365]))
    settled = due < end - dt.timedelta(days=10) or rng.random() < 0.5
    state = rng.choice(["kept"] * 7 + ["broken", "cancelled", "renegotiated"]) if settled else rng.choice(["open", "open", "renegotiated"])
    kind = rng.choice(["general", "rebate", "payment", "action"])
    direction = "theirs" if kind in ("payment", "action") else rng.choice(["ours", "theirs"])
    con.execute("""INSERT INTO promise (customer_id, direction, kind, what, due, conditions, state, made_on, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (rng.randint(1, 2000), direction, kind, f"promise {p}", str(due), "tiered" if kind == "rebate" else "", state, str(made),
                 f"{made}T10:00:00", f"{made}T10:00:00"))
    con.execute("INSERT INTO promise_event (promise_id, at, action, new_due) VALUES (?, ?, 'created', ?)", (p, f"{made}T10:00:00", str(due)))
con.execute("COMMIT")
print("generated:", {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("customer", "visit", "promise", "appointment", "occurrence")})
PY
"$bin" plan --db "$db" --today "$today" >/dev/null   # refs for the day exist before timing
[ "${VISITS_GENERATE_ONLY:-}" = 1 ] && exit 0        # bench/plan.sh times on this data

hyperfine -N --warmup 20 --runs 200 --export-json "$out/visits.json" \
  "$bin today --db $db --today $today" "$bin plan --db $db --today $today" >/dev/null
python3 - "$out/visits.json" <<'PY'
import json, sys
r = {x["command"].split()[1]: x for x in json.load(open(sys.argv[1]))["results"]}
t, p = r["today"]["median"] * 1000, r["plan"]["median"] * 1000
print(f"today (median 200): {t:.2f} ms")
print(f"plan  (median 200): {p:.2f} ms")
print(f"plan / today:       {p / t:.2f}x (target <= 1.5x)")
PY
for cmd in "visits --customer 1" "promise list" "appointments"; do
  hyperfine -N --warmup 5 --runs 50 --export-json "$out/v1.json" "$bin $cmd --db $db --today $today" >/dev/null
  python3 -c "import json; r=json.load(open('$out/v1.json'))['results'][0]; print('%-20s %.2f ms' % ('$cmd', r['median']*1000))"
done

# Opening the ledger and a customer's card with its timeline in the screen (target: under 20 ms each), key to drawn
# frame with the database read included, in process (release build of mustdo-bench).
swift build -c release --product mustdo-bench >/dev/null
"$(swift build -c release --show-bin-path)/mustdo-bench" ledger "$db" 50
