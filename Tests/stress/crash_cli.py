#!/usr/bin/env python3
"""Crash test driver for the mustdo CLI (used by Tests/e2e/crash-kill.test.sh).

Runs a known, seeded sequence of `mustdo check/uncheck/skip/add-count REF… --today D` commands (and
`mustdo journal --review LINE --append`, when the build has it) on one database and kills each with SIGKILL after a random delay, until KILLS kills have landed. The CLI prints
one line per item only after that item's transaction has committed, so every printed line is an
acknowledged action. Dates move forward (sometimes by months or a year, so back-fill and `prepare`
transactions are cut too) and sometimes back.

After every kill, the database and its -wal are copied as they are (so the next mustdo run still has to
recover the hot WAL itself) and the copy is checked: `PRAGMA integrity_check` is ok, every acknowledged
action is there, at most the one item whose ack was cut may also be there, and nothing else changed.

Prints `crash test (CLI): N kills, M acknowledged actions, L lost` and exits non-zero on any loss.
The kill moment is drawn from the whole run (30%) or from its write phase (70%): a run is timed first
(a debug build spends ~28 ms starting and reading before its first commit, each further item ~1 ms).
Environment: MUSTDO_BIN, CRASH_DIR (scratch folder), CRASH_KILLS (200), CRASH_SEED (1).
"""
import datetime as dt
import json
import os
import random
import sqlite3
import subprocess
import sys
import time

from crashkit import die, environment, fresh as fresh_db, kill_after, run as run_argv, snapshot as snapshot_db, timed

BIN = os.environ["MUSTDO_BIN"]
WORK = os.environ.get("CRASH_DIR") or os.environ.get("E2E_TMP") or "/tmp"
KILLS = int(os.environ.get("CRASH_KILLS", "200"))
SEED = int(os.environ.get("CRASH_SEED", "1"))
DB = os.path.join(WORK, "crash.sqlite")
SNAP = os.path.join(WORK, "snap")
START = dt.date(2026, 1, 5)  # a Monday
# `--today` may be at most a year and a day after the real date (DECISIONS: far dates); the walk stays below it.
LATEST = dt.date.today() + dt.timedelta(days=366)
GREET = "day-greet-customers"

ENV = environment(WORK, "crash")


def run(args):
    return run_argv([BIN] + args + ["--db", DB], ENV)


def period_key(kind, d):
    if kind == "day":
        return d.isoformat()
    if kind == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if kind == "month":
        return f"{d.year}-{d.month:02d}"
    if kind == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if kind == "half":
        return f"{d.year}-H{1 if d.month <= 6 else 2}"
    return str(d.year)


DEFAULT = ("open", 0, None)


def after(change, before, target):
    """The state a change gives, as AppDatabase.apply computes it (state, progress, skip_reason)."""
    state, progress, reason = before
    kind = change[0]
    if kind == "check":
        return ("done", max(progress, target) if target else progress, None)
    if kind == "uncheck":
        if target and progress >= target:
            progress = target - 1
        return ("open", progress, None)
    if kind == "skip":
        return ("skipped", progress, change[1])
    if kind == "add":
        p = max(0, progress + change[1])
        if target:
            if p >= target and state != "done":
                return ("done", p, None)
            if p < target and state == "done":
                return ("open", p, reason)
        return (state, p, reason)
    raise ValueError(kind)


def main():
    rng = random.Random(SEED)
    fresh_db(DB)
    run(["init", "--today", START.isoformat()])
    routines = json.loads(run(["routines", "--json"]))
    kinds = {r["id"]: r["period"] for r in routines}
    targets = {r["id"]: r["target"] for r in routines}
    workday_only = {r["id"] for r in routines if r["workdays_only"]}
    has_journal = subprocess.run([BIN, "journal", "--help"], env=ENV, capture_output=True).returncode == 0
    journal = {}        # day -> review lines acknowledged

    # How long an uncut run takes with 1 and with 6 items (median of 7), to aim the kills.
    def uncut(args):
        return timed([BIN] + args + ["--db", DB], ENV)
    day_ids = [rid for rid in kinds if kinds[rid] == "day" and rid not in workday_only]
    one = sorted(uncut(["uncheck", day_ids[0], "--today", START.isoformat()]) for _ in range(7))[3]
    six = sorted(uncut(["uncheck"] + day_ids[:6] + ["--today", START.isoformat()]) for _ in range(7))[3]
    per_item = max(0.0005, (six - one) / 5)

    # Aimed kills follow the write phase: later when they land before any ack, earlier when the run finished first.
    bias = {0: 0.0, 1: 0.0, 2: 0.0}   # kind of run: same day, a few days' back-fill, a long one
    model = {}          # (routine, period key) -> (state, progress, skip_reason)
    prepared = {START}  # days already listed (their refs exist)
    date = START
    kills = acked = lost = completed = cut_before_prepare = ambiguous_committed = partial = 0
    runs = 0
    t0 = time.monotonic()

    while kills < KILLS:
        runs += 1
        # The day this command runs as.
        r = rng.random()
        if r < 0.55:
            pass
        elif r < 0.90:
            date += dt.timedelta(days=rng.randint(1, 4))
        elif r < 0.95:
            date += dt.timedelta(days=rng.randint(28, 95))
        elif r < 0.96:
            date += dt.timedelta(days=rng.randint(180, 400))
        else:
            date = max(START, date - dt.timedelta(days=rng.randint(1, 40)))
        date = min(date, LATEST)
        weekday = date.weekday() < 5
        usable = [rid for rid in kinds if weekday or rid not in workday_only]

        # The command: a known list of (routine, change).
        c = rng.random()
        if c < 0.36:
            ids = rng.sample(usable, rng.randint(1, 6))
            args = ["check"] + ids
            changes = [(i, ("check",)) for i in ids]
        elif c < 0.54:
            ids = rng.sample(usable, rng.randint(1, 6))
            args = ["uncheck"] + ids
            changes = [(i, ("uncheck",)) for i in ids]
        elif c < 0.64 and has_journal:
            line = f"j{runs}"
            args = ["journal", "--review", line, "--append"]
            changes = [("journal", ("journal", line))]
        elif c < 0.84 or not weekday:
            rid = rng.choice(usable)
            reason = f"r{runs}"
            args = ["skip", rid, "--reason", reason]
            changes = [(rid, ("skip", reason))]
        else:
            n = rng.choice([-2, -1, 1, 1, 2, 3])
            # A negative count needs `--` before it (`add-count REF -2` is read as an unknown option -2).
            args = ["add-count", GREET] + (["--", str(n)] if n < 0 else [str(n)])
            changes = [(GREET, ("add", n))]
        args[1:1] = ["--today", date.isoformat()]

        gap = 0 if date in prepared else (date - max(prepared)).days
        fresh = 0 if gap <= 0 else 1 if gap <= 7 else 2
        expected = one + per_item * (len(changes) - 1) + bias[fresh]
        aimed = rng.random() >= 0.3
        if aimed:
            delay = rng.uniform(expected - per_item * len(changes) - 0.003, expected + 0.001)
        else:
            delay = rng.uniform(0, expected * 1.1)
        killed, out = kill_after([BIN, args[0], "--db", DB] + args[1:], ENV, delay)
        if killed:
            kills += 1
        else:
            completed += 1
        lines = out.splitlines()
        if changes[0][0] == "journal":
            # One change; its ack is the first line ("Added a line to the review of D."), printed after the commit.
            lines = [changes[0][0] + " " + lines[0]] if lines and lines[0].startswith("Added a line") else []
        if len(lines) > len(changes) or any(not lines[i].startswith(changes[i][0] + " ") for i in range(len(lines))):
            die(f"unexpected output of mustdo {' '.join(args)}:\n{out}")
        if not killed and len(lines) != len(changes):
            die(f"mustdo {' '.join(args)} succeeded but acknowledged {len(lines)} of {len(changes)} changes")

        if aimed:
            if killed and not lines:
                bias[fresh] += 0.002
            elif not killed:
                bias[fresh] -= 0.001

        # The model: acknowledged changes are certain; the next one may or may not have committed.
        maybe_line = None
        if changes[0][0] == "journal":
            if lines:
                journal.setdefault(date.isoformat(), []).append(changes[0][1][1])
            else:
                maybe_line = (date.isoformat(), changes[0][1][1])
            acked += len(lines)
            changes, lines = [], []
        for rid, ch in changes[:len(lines)]:
            key = (rid, period_key(kinds[rid], date))
            model[key] = after(ch, model.get(key, DEFAULT), targets[rid])
        acked += len(lines)
        if killed and 0 < len(lines) < len(changes):
            partial += 1
        maybe = None
        if len(lines) < len(changes):
            rid, ch = changes[len(lines)]
            key = (rid, period_key(kinds[rid], date))
            maybe = (key, after(ch, model.get(key, DEFAULT), targets[rid]))

        # Check a copy of the files exactly as the killed process left them.
        con = snapshot_db(DB, SNAP, f"after kill {kills} ({' '.join(args)})")
        rows = {(rid, key): (state, progress, reason) for rid, key, state, progress, reason in con.execute(
            "SELECT routine_id, period_key, state, progress, skip_reason FROM occurrence WHERE updated_at IS NOT NULL")}
        dup = con.execute("SELECT routine_id, period_key, COUNT(*) FROM occurrence GROUP BY 1, 2 HAVING COUNT(*) > 1").fetchall()
        reviews = dict(con.execute("SELECT key, review FROM journal")) if has_journal else {}
        day_prepared = con.execute("SELECT EXISTS (SELECT 1 FROM day_ref WHERE day = ?)", (date.isoformat(),)).fetchone()[0]
        con.close()
        if dup:
            die(f"duplicate occurrences after kill {kills}: {dup[:5]}")
        if date not in prepared and day_prepared == 0 and killed:
            cut_before_prepare += 1
        if day_prepared:
            prepared.add(date)
        if maybe is not None:
            key, candidate = maybe
            actual = rows.get(key, DEFAULT)
            if actual == candidate and candidate != model.get(key, DEFAULT):
                ambiguous_committed += 1
                model[key] = candidate   # committed, killed before it could print
        for key, want in model.items():
            got = rows.get(key, DEFAULT)
            if got != want:
                lost += 1
                print(f"LOST after kill {kills} ({' '.join(args)}): {key} is {got}, acknowledged {want}", file=sys.stderr)
        if maybe_line and reviews.get(maybe_line[0], "").split("\n")[-1:] == [maybe_line[1]]:
            journal.setdefault(maybe_line[0], []).append(maybe_line[1])   # committed, killed before the ack
            ambiguous_committed += 1
        for day_key, want in journal.items():
            got = [x for x in reviews.get(day_key, "").split("\n") if x]
            if got != want:
                lost += 1
                print(f"LOST after kill {kills}: the review of {day_key} is {got}, acknowledged {want}", file=sys.stderr)
        for key, got in rows.items():
            if key not in model and got != DEFAULT:
                die(f"after kill {kills}: {key} changed to {got}, but no command asked for that")

    # Finally mustdo itself opens the real file (recovering the last hot WAL) and everything is still there.
    run(["today", "--today", date.isoformat()])
    con = sqlite3.connect(DB)
    if con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        die("integrity_check of the final database")
    rows = {(rid, key): (s, p, r) for rid, key, s, p, r in con.execute(
        "SELECT routine_id, period_key, state, progress, skip_reason FROM occurrence WHERE updated_at IS NOT NULL")}
    total = con.execute("SELECT COUNT(*) FROM occurrence").fetchone()[0]
    reviews = dict(con.execute("SELECT key, review FROM journal")) if has_journal else {}
    con.close()
    for day_key, want in journal.items():
        if [x for x in reviews.get(day_key, "").split("\n") if x] != want:
            lost += 1
            print(f"LOST at the end: the review of {day_key}, acknowledged {want}", file=sys.stderr)
    for key, want in model.items():
        if rows.get(key, DEFAULT) != want:
            lost += 1
            print(f"LOST at the end: {key} is {rows.get(key, DEFAULT)}, acknowledged {want}", file=sys.stderr)
    secs = time.monotonic() - t0
    print(f"crash test (CLI): {kills} kills, {acked} acknowledged actions, {lost} lost "
          f"({partial} kills between two acks of one command, {completed} runs finished before their kill, {cut_before_prepare} kills before the day's back-fill committed, "
          f"{ambiguous_committed} committed but killed before the ack; {(date - START).days} days of history, {total} occurrences, {sum(map(len, journal.values()))} journal lines; {secs:.1f} s)")
    print("aim (ms after start, by run kind same day/short back-fill/long back-fill): " +
          " / ".join(f"{(one + bias[k]) * 1000:.0f}" for k in (0, 1, 2)))
    print(f"CLI {kills} {acked} {lost}", file=open(os.path.join(WORK, "crash-cli.result"), "w"))
    sys.exit(1 if lost else 0)


if __name__ == "__main__":
    main()
