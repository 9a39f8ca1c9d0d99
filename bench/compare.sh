#!/usr/bin/env bash
# Side-by-side benchmark: MustDo against calcurse and Taskwarrior on comparable data, release build.
# Not run by CI. Installs calcurse, taskwarrior and hyperfine from Debian when missing (root), builds the data, and
# times, alternating the programs (hyperfine in rounds whose command order rotates; every run of every round counts):
#   today:  `mustdo today`   vs `calcurse -a`   vs `task next`
#   week:   `mustdo week`    vs `calcurse -r7`  (the MustDo cell stays empty while `mustdo week` does not exist)
#   start to first full frame in tmux (120x40): `mustdo` vs `calcurse` (tools/first-frame timing below, median of 20)
#   peak RSS (/usr/bin/time -f %M, median of 10; the screens: VmHWM after the first frame)
# Prints a table of medians and ratios and writes it to bench/RESULTS.md with the date and the machine.
#
# Data: MustDo ten years of routine history (99 routines, 2016-11-22 … today, as bench/today.sh: ~70% done,
# ~8% skipped) and of daily use (each day's items numbered, a journal entry and three focus items a day); calcurse 2,000 appointments over the same ten years (1,800 one-off, 150 recurring appointments and
# 50 recurring events) plus 200 todos; Taskwarrior 2,000 tasks (1,500 completed over ten years, 400 pending,
# 100 recurring). calcurse and Taskwarrior read the real clock, so "today" is the machine's date for all three.
# Env: ROUNDS (5), RUNS (40 per command per round), FRAMES (20); COMPARE_PREFIX=DIR measures an earlier
# `make install PREFIX=DIR` instead of installing anew.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
ROUNDS=${ROUNDS:-5}; RUNS=${RUNS:-40}; FRAMES=${FRAMES:-20}
need=()
command -v calcurse >/dev/null || need+=(calcurse)
command -v task >/dev/null || need+=(taskwarrior)
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v tmux >/dev/null || need+=(tmux)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "compare: installing ${need[*]}"
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

out="$PWD/bench/out/compare"; rm -rf "$out"; mkdir -p "$out"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "${COMPARE_PREFIX:-}" ]; then
  # An install made earlier (make install PREFIX=…) is measured as it is: the build can run while the machine is
  # busy, the timing when it is quiet.
  echo "compare: measuring the mustdo installed under $COMPARE_PREFIX"
  bin="$COMPARE_PREFIX/bin/mustdo"
else
  echo "compare: installing mustdo with make install (release, static Swift runtime) under bench/out"
  make -s install PREFIX="$out/prefix" >/dev/null
  bin="$out/prefix/bin/mustdo"
fi
# The floor on this machine: a static Swift "hello", built the same way as the installed binary.
printf 'print("hello")\n' > "$out/hello.swift"
swiftc -O -static-stdlib "$out/hello.swift" -o "$out/hello" >/dev/null
today=$(date +%F)
export LANG=C.UTF-8 MUSTDO_LANG=en XDG_CONFIG_HOME="$out/config"; mkdir -p "$XDG_CONFIG_HOME/mustdo"
# The screen opens on its six panes (not on the morning planning of the day's first start) in every run.
printf 'plan_on_first_start = false\n' > "$XDG_CONFIG_HOME/mustdo/config.toml"

# MustDo: ten years of history, states mixed as in bench/today.sh.
db="$out/mustdo.sqlite"
"$bin" init --db "$db" --today "$(date -d "$today - 10 years" +%F)" >/dev/null
"$bin" today --db "$db" --today "$today" >/dev/null
todaynum=$(( $(date -d "$today" +%s) / 86400 ))
sqlite3 "$db" "UPDATE occurrence SET state = CASE WHEN abs(random()) % 100 < 70 THEN 'done' WHEN abs(random()) % 100 < 30 THEN 'skipped' ELSE 'open' END,
               done_at = CASE WHEN state = 'done' THEN date(start * 86400, 'unixepoch') || 'T18:00:00' END WHERE end < $todaynum;
               UPDATE occurrence SET done_at = date(start * 86400, 'unixepoch') || 'T18:00:00' WHERE state = 'done' AND done_at IS NULL;"
# Ten years of daily use, not only of history: every past day's listed items numbered (what `mustdo today` does each
# day), a journal entry a day and three focus items a day — tables that grow by the day as the occurrences do.
sqlite3 "$db" <<'SQL'
WITH RECURSIVE days(n) AS (SELECT (SELECT MIN(start) FROM occurrence)
                           UNION ALL SELECT n + 1 FROM days WHERE n < (SELECT MAX(start) FROM occurrence WHERE period_kind = 'day') - 1)
INSERT OR IGNORE INTO day_ref (day, ref, occurrence_id)
SELECT date(d.n * 86400, 'unixepoch'), row_number() OVER (PARTITION BY d.n ORDER BY o.period_kind <> 'day', o.position, o.id), o.id
FROM days d JOIN occurrence o ON o.start <= d.n AND o.end >= d.n AND o.period_kind <> 'task';
INSERT OR IGNORE INTO journal (key, plan, review, updated_at)
SELECT day, 'Visit the three key customers, call back Mr. Wang about the order', 'Two visits done; the third moved to tomorrow',
       day || 'T18:00:00' FROM (SELECT DISTINCT day FROM day_ref);
INSERT OR IGNORE INTO focus (day, occurrence_id, position) SELECT day, occurrence_id, ref FROM day_ref WHERE ref <= 3;
SQL
"$bin" today --db "$db" --today "$today" >/dev/null
occurrences=$(sqlite3 "$db" "SELECT COUNT(*) FROM occurrence")
day_refs=$(sqlite3 "$db" "SELECT COUNT(*) FROM day_ref"); journal_days=$(sqlite3 "$db" "SELECT COUNT(*) FROM journal")
has_week=0; "$bin" week --help >/dev/null 2>&1 && "$bin" week --db "$db" --today "$today" >/dev/null 2>&1 && has_week=1

# calcurse and Taskwarrior data.
cal="$out/calcurse"; mkdir -p "$cal"
export TASKDATA="$out/task" TASKRC="$out/taskrc"; mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=no\nverbose=nothing\ncolor=off\nrecurrence.confirmation=no\n' "$TASKDATA" > "$TASKRC"
python3 - "$cal" "$out/tasks.json" "$today" <<'PY'
import datetime as dt, json, random, sys
cal, tasks_file, today = sys.argv[1], sys.argv[2], dt.date.fromisoformat(sys.argv[3])
rng = random.Random(2026)
start = today.replace(year=today.year - 10)
days = (today - start).days
words = ["Visit", "Call", "Meet", "Email", "Lunch with", "Review", "Report to", "Plan with", "Follow up", "Greet"]
names = ["Mr. Wang", "Ms. Li", "the retail clerk", "the supervisor", "a key customer", "the team", "Mr. Zhang", "客户 陈经理"]
mdY = lambda d: d.strftime("%m/%d/%Y")
lines = []
for _ in range(1800):                                     # one-off appointments over ten years
    d = start + dt.timedelta(days=rng.randrange(days + 8))
    h = rng.randint(8, 17); m = rng.choice([0, 15, 30, 45]); dur = rng.choice([15, 30, 60, 90])
    e = dt.datetime(d.year, d.month, d.day, h, m) + dt.timedelta(minutes=dur)
    lines.append(f"{mdY(d)} @ {h:02d}:{m:02d} -> {e.strftime('%m/%d/%Y @ %H:%M')} |{rng.choice(words)} {rng.choice(names)}")
for i in range(150):                                      # recurring appointments
    d = start + dt.timedelta(days=rng.randrange(days))
    h = rng.randint(7, 18); freq = rng.choice(["1D", "1W", "1W", "2W", "1M", "1M", "3M", "1Y"])
    until = "" if rng.random() < 0.6 else f" -> {mdY(d + dt.timedelta(days=rng.randint(30, 3000)))}"
    lines.append(f"{mdY(d)} @ {h:02d}:00 -> {mdY(d)} @ {h:02d}:30 {{{freq}{until}}} |Routine {i}: {rng.choice(words)} {rng.choice(names)}")
for i in range(50):                                       # recurring all-day events
    d = start + dt.timedelta(days=rng.randrange(days))
    lines.append(f"{mdY(d)} [1] {{{rng.choice(['1W', '1M', '1Y'])}}} Reminder {i}: {rng.choice(words)} {rng.choice(names)}")
open(f"{cal}/apts", "w").write("\n".join(lines) + "\n")
open(f"{cal}/todo", "w").write("".join(f"[{rng.randint(0, 9)}] {rng.choice(words)} {rng.choice(names)} #{i}\n" for i in range(200)))

ts = lambda d: d.strftime("%Y%m%dT120000Z")
tasks = []
for i in range(1500):
    d = start + dt.timedelta(days=rng.randrange(days))
    tasks.append({"description": f"{rng.choice(words)} {rng.choice(names)} #{i}", "status": "completed", "entry": ts(d),
                  "end": ts(d + dt.timedelta(days=rng.randint(0, 5))), "project": rng.choice(["sales", "visits", "admin"])})
for i in range(400):
    d = today + dt.timedelta(days=rng.randint(-30, 120))
    t = {"description": f"{rng.choice(words)} {rng.choice(names)} (open {i})", "status": "pending", "entry": ts(today - dt.timedelta(days=rng.randint(1, 60))),
         "project": rng.choice(["sales", "visits", "admin"]), "tags": rng.sample(["customer", "call", "report", "team"], 2)}
    if rng.random() < 0.7: t["due"] = ts(d)
    if rng.random() < 0.3: t["priority"] = rng.choice("HML")
    tasks.append(t)
for i in range(100):
    d = today - dt.timedelta(days=rng.randint(0, 20))
    tasks.append({"description": f"Routine {i}: {rng.choice(words)} {rng.choice(names)}", "status": "recurring", "entry": ts(d - dt.timedelta(days=1)),
                  "due": ts(d), "recur": rng.choice(["daily", "weekly", "weekly", "monthly", "quarterly"]), "project": "routines"})
json.dump(tasks, open(tasks_file, "w"))
PY
task import "$out/tasks.json" >/dev/null 2>&1
task next >/dev/null 2>&1 || true      # generates the recurring instances once, before timing
tasks_total=$(task rc.verbose=nothing count 2>/dev/null || echo "?")
apts_total=$(wc -l < "$cal/apts"); todos_total=$(wc -l < "$cal/todo")
calcurse -D "$cal" -a >/dev/null

# Timing: rounds of hyperfine over each row's commands, the order rotating each round.
timed() { # ROW CMD… → bench/out/compare/ROW-r<k>.json per round
  local row=$1; shift
  local cmds=("$@") k i n=${#cmds[@]}
  for k in $(seq 0 $((ROUNDS - 1))); do
    local order=()
    for i in $(seq 0 $((n - 1))); do order+=("${cmds[$(( (i + k) % n ))]}"); done
    hyperfine -N --warmup 5 --runs "$RUNS" --export-json "$out/$row-r$k.json" "${order[@]}" >/dev/null
  done
}
echo "compare: timing (${ROUNDS} rounds x ${RUNS} runs per command)"
t_mustdo="$bin today --db $db --today $today"
t_cal="calcurse -D $cal -a"
t_task="task next"
# calcurse is much faster with TZ set (glibc then skips reading /etc/localtime on every conversion):
# both programs are timed with and without it.
zone=Asia/Shanghai
t_mustdo_tz="env TZ=$zone $t_mustdo"
t_cal_tz="env TZ=$zone $t_cal"
t_hello="$out/hello"
timed today "$t_mustdo" "$t_cal" "$t_task" "$t_mustdo_tz" "$t_cal_tz" "$t_hello"
export T_MUSTDO="$t_mustdo" T_CAL="$t_cal" T_TASK="$t_task" T_MUSTDO_TZ="$t_mustdo_tz" T_CAL_TZ="$t_cal_tz" T_HELLO="$t_hello" ZONE="$zone"
w_mustdo="$bin week --db $db --today $today"
w_cal="calcurse -D $cal -r7"
if [ $has_week = 1 ]; then timed week "$w_mustdo" "$w_cal"; else timed week "$w_cal"; fi

# Peak RSS of the console commands (median of 10).
rss() { local i; for i in $(seq 1 10); do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 5p; }
rss_mustdo=$(rss $t_mustdo); rss_cal=$(rss $t_cal); rss_task=$(rss $t_task)
rss_wmustdo=""; [ $has_week = 1 ] && rss_wmustdo=$(rss $w_mustdo)
rss_wcal=$(rss $w_cal)

# Start to first full frame in tmux, and the screen's peak RSS once it is drawn.
echo "compare: first frame in tmux (${FRAMES} runs each)"
python3 - "$out/frames.json" "$FRAMES" "$bin" "$db" "$today" "$cal" <<'PY'
import json, os, statistics, subprocess, sys, time
outfile, n, mustdo, db, today, cal = sys.argv[1], int(sys.argv[2]), *sys.argv[3:]
runs = 0
def tm(sock, *a): return subprocess.run(["tmux", "-L", sock, *a], capture_output=True, text=True)
def first_frame(cmd, needles):
    """Seconds from `tmux new-session` to a screen showing every needle; the program's VmHWM (kB) then.
    Every start gets a server of its own (a new-session sent to a server that is still shutting down dies with it),
    and the program must be gone before the next start, so it does not compete with it."""
    global runs
    runs += 1
    sock = f"bench-compare-{os.getpid()}-{runs}"
    t0 = time.perf_counter()
    tm(sock, "new-session", "-d", "-s", "b", "-x", "120", "-y", "40", cmd)
    try:
        while True:
            screen = tm(sock, "capture-pane", "-p", "-t", "b").stdout
            if all(x in screen for x in needles):
                t = time.perf_counter() - t0
                break
            if time.perf_counter() - t0 > 10: raise SystemExit(f"no first frame for {cmd}:\n{screen}")
        pid = tm(sock, "display", "-p", "-t", "b", "#{pane_pid}").stdout.strip()
        hwm = 0
        try:
            for line in open(f"/proc/{pid}/status"):
                if line.startswith("VmHWM:"): hwm = int(line.split()[1])
        except OSError: pass
    finally:
        tm(sock, "kill-server")
    while pid and os.path.exists(f"/proc/{pid}"): time.sleep(0.005)
    return t, hwm
cmds = {
    "echo": ("exec sh -c 'echo READY; sleep 5'", ["READY"]),
    "mustdo": (f"exec env LANG=C.UTF-8 MUSTDO_LANG=en XDG_CONFIG_HOME={os.environ['XDG_CONFIG_HOME']} {mustdo} --db {db} --today {today}", ["Daily", "q quit"]),
    "calcurse": (f"exec calcurse -D {cal}", ["Appointments", "TODO", "? Help"]),
}
res = {k: [] for k in cmds}
for i in range(n):
    for k in (list(cmds) if i % 2 == 0 else list(reversed(cmds))):   # alternate the order
        res[k].append(first_frame(*cmds[k]))
json.dump({k: {"median_ms": statistics.median(t for t, _ in v) * 1000, "rss_kb": statistics.median(h for _, h in v)} for k, v in res.items()},
          open(outfile, "w"))
PY

# The table.
python3 - "$out" "$has_week" "$rss_mustdo" "$rss_cal" "$rss_task" "$rss_wmustdo" "$rss_wcal" "$bin" "$db" "$cal" <<'PY' > "$out/table.md"
import glob, json, os, statistics, sys
out, has_week, rss_m, rss_c, rss_t, rss_wm, rss_wc, bin_, db, cal = sys.argv[1:]
def medians(row):
    runs = {}
    for f in glob.glob(f"{out}/{row}-r*.json"):
        for r in json.load(open(f))["results"]:
            runs.setdefault(r["command"], []).extend(r["times"])
    return {c: statistics.median(t) * 1000 for c, t in runs.items()}
today = medians("today"); week = medians("week"); frames = json.load(open(f"{out}/frames.json"))
def pick(d, prefix):
    for c, v in d.items():
        if c.split()[0].endswith(prefix): return v
    return None
ms = lambda v: "—" if v is None else f"{v:.1f} ms"
mb = lambda kb: "—" if not kb else f"{int(kb) / 1024:.1f} MB"
ratio = lambda other, mine: "—" if other is None or mine is None else f"{other / mine:.2f}×"
rows = []
m, c, t = today.get(os.environ["T_MUSTDO"]), today.get(os.environ["T_CAL"]), today.get(os.environ["T_TASK"])
rows.append(("today's list: `mustdo today` / `calcurse -a` / `task next`", ms(m), ms(c), ms(t), ratio(c, m), ratio(t, m)))
mz, cz = today.get(os.environ["T_MUSTDO_TZ"]), today.get(os.environ["T_CAL_TZ"])
rows.append((f"the same with `TZ={os.environ['ZONE']}` set (through `env`)", ms(mz), ms(cz), "—", ratio(cz, mz), "—"))
hello = today.get(os.environ["T_HELLO"])
rows.append(("floor: a static Swift `print(\"hello\")`, and MustDo's `today` as a multiple of it", ms(hello), "—", "—",
             "—" if hello is None or m is None else f"today = {m / hello:.1f}× hello", "—"))
m, c = pick(week, "mustdo"), pick(week, "calcurse")
rows.append(("the week: `mustdo week` / `calcurse -r7`" + ("" if has_week == "1" else " (no `mustdo week` in this build yet)"),
             ms(m), ms(c), "—", ratio(c, m), "—"))
fm, fc = frames["mustdo"]["median_ms"], frames["calcurse"]["median_ms"]
rows.append((f"start to first full frame in tmux 120x40 (an `echo` alone: {frames['echo']['median_ms']:.1f} ms)", ms(fm), ms(fc), "—", ratio(fc, fm), "—"))
rows.append(("peak RSS of today's list", mb(rss_m), mb(rss_c), mb(rss_t), ratio(float(rss_c), float(rss_m)), ratio(float(rss_t), float(rss_m))))
rows.append(("peak RSS of the week", mb(rss_wm), mb(rss_wc), "—", ratio(float(rss_wc), float(rss_wm)) if rss_wm else "—", "—"))
rows.append(("peak RSS of the screen after its first frame", mb(frames["mustdo"]["rss_kb"]), mb(frames["calcurse"]["rss_kb"]), "—",
             ratio(frames["calcurse"]["rss_kb"], frames["mustdo"]["rss_kb"]), "—"))
print("| what | MustDo | calcurse | Taskwarrior | calcurse ÷ MustDo | Taskwarrior ÷ MustDo |")
print("|---|---|---|---|---|---|")
for r in rows: print("| " + " | ".join(r) + " |")
PY

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); nproc_=$(nproc)
{
  echo "# MustDo vs calcurse vs Taskwarrior"
  echo
  echo "Run by \`bash bench/compare.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores, ${cpu}, $(. /etc/os-release; echo "$PRETTY_NAME"),"
  echo "MustDo $("$bin" --version) (release, static Swift runtime), calcurse $(calcurse --version | head -1 | awk '{print $2}'), Taskwarrior $(task --version)."
  echo "Load average before / after the run: ${load_before} / $(cut -d' ' -f1-3 /proc/loadavg) (on ${nproc_} cores; above that, other work shared the machine)."
  echo "Medians: console commands over ${ROUNDS} hyperfine rounds x ${RUNS} runs with the order rotating each round (${ROUNDS}x${RUNS} runs each);"
  echo "first frames over ${FRAMES} alternating starts; RSS over 10 runs. A ratio above 1× means MustDo is faster or smaller."
  echo
  cat "$out/table.md"
  echo
  echo "Data: MustDo ${occurrences} occurrences (99 routines, ten years, ~70% done, ~8% skipped) and ten years of daily use (${day_refs}"
  echo "numbered items, ${journal_days} journal days, three focus items a day); calcurse ${apts_total} appointments"
  echo "(1,800 one-off, 150 recurring appointments, 50 recurring events) and ${todos_total} todos; Taskwarrior 2,000 imported tasks (1,500"
  echo "completed over ten years, 400 pending, 100 recurring), ${tasks_total} once the recurring ones had made their instances."
  echo "All three show the machine's today ($today). calcurse and Taskwarrior are Debian's packages (C and C++); the first-frame time"
  echo "includes starting the tmux session (see the \`echo\` figure)."
} > bench/RESULTS.md
cat bench/RESULTS.md
