#!/usr/bin/env bash
# Benchmark: `mustdo greetings --days 30` and `mustdo sales rank` over 2,000 customers with a year of monthly
# sales (24,000 figures), in the same hyperfine run as `mustdo today` on the same database, release build.
# Prints hyperfine's medians and mean CPU times (user + system, steadier on a busy machine) and each command's
# ratio to `today`. Not run by CI. Needs hyperfine and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out; mkdir -p "$out"
swift build -c release --static-swift-stdlib --product mustdo >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/mustdo
export XDG_CONFIG_HOME="$PWD/$out/config" LANG=zh_CN.UTF-8 MUSTDO_CONFIG="$PWD/$out/greetings-config.toml"
: > "$MUSTDO_CONFIG"
db="$PWD/$out/greetings.sqlite"
rm -f "$db"*
day=2026-11-27
"$bin" init --db "$db" --today "$day" >/dev/null

# 2,000 cards: a quarter with a lunar birthday (some in leap months), half with a solar one, tiers and statuses mixed;
# then twelve months of sales for each (amounts spread like real accounts: a few large, many small).
python3 - "$out" <<'PY'
import json, random, sys
out = sys.argv[1]
random.seed(12)
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
cards = []
for i in range(2000):
    name = random.choice(surnames) + random.choice(given) + random.choice(given) + str(i)
    c = {"name": name, "tier": random.choice(["key", "important", "general", "general"]),
         "status": random.choice(["customer", "customer", "prospect", "dormant"])}
    r = random.random()
    if r < 0.25:
        c["birthday"] = "lunar:%d-%s%02d-%02d" % (random.randint(1960, 1999), "", random.randint(1, 12), random.randint(1, 29))
    elif r < 0.75:
        c["birthday"] = "%d-%02d-%02d" % (random.randint(1960, 1999), random.randint(1, 12), random.randint(1, 28))
    cards.append(c)
json.dump(cards, open(f"{out}/greetings-customers.json", "w"), ensure_ascii=False)
with open(f"{out}/greetings-sales.csv", "w") as f:
    f.write("customer,month,amount,volume\n")
    for i in range(2000):
        base = random.paretovariate(1.16) * 1000
        for m in range(12):
            y, mo = (2025, 12) if m == 0 else (2026, m)
            f.write("KH-2026-%04d,%d-%02d,%.2f,%d\n" % (i + 1, y, mo, base * random.uniform(0.5, 1.5), random.randint(1, 50)))
PY
"$bin" customers import "$out/greetings-customers.json" --db "$db" --today "$day" >/dev/null
"$bin" sales import "$out/greetings-sales.csv" --db "$db" --today "$day" >/dev/null
"$bin" today --db "$db" --today "$day" >/dev/null   # refs for the day exist before timing

hyperfine -N --warmup 10 --runs 100 --export-json "$out/greetings.json" \
  "$bin today --db $db --today $day" \
  "$bin greetings --days 30 --db $db --today $day" \
  "$bin sales rank --db $db --today $day" >/dev/null
python3 - "$out/greetings.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base = r[0]["median"]
for x in r:
    name = x["command"].split(" --db")[0].rsplit("/", 1)[-1]
    cpu = (x["user"] + x["system"]) * 1000
    print(f"{name:28s} median {x['median'] * 1000:6.2f} ms  ({x['median'] / base:.2f}x today)  CPU {cpu:6.2f} ms  ({cpu / ((r[0]['user'] + r[0]['system']) * 1000):.2f}x today)")
PY
echo "greet list lines:  $("$bin" greetings --days 30 --db "$db" --today "$day" | wc -l)"
echo "ranking lines:     $("$bin" sales rank --db "$db" --today "$day" | wc -l)"
