#!/usr/bin/env python3
"""Crash test of visits and promises (issue 11), used by Tests/e2e/crash-kill.test.sh.

Runs a seeded sequence of `mustdo visit …` (with a commitment and a next appointment), `promise add`,
`promise keep|break|renegotiate` and `appointments cancel|told` on one database and kills each with SIGKILL
after a random delay, until KILLS kills have landed. Each command prints its line only after its transaction
committed, so a printed line is an acknowledged action. After every kill the database and its -wal are copied as
they are and checked: integrity_check ok; every acknowledged visit is there whole (its commitment promise and its
appointment, written in the same transaction); every acknowledged promise and appointment change is there; the
one command whose acknowledgement was cut may or may not have committed, and nothing else changed.

Prints `crash test (visits): N kills, M acknowledged actions, L lost` and writes the figures to
CRASH_DIR/crash-visits.result. Environment: MUSTDO_BIN, CRASH_DIR, CRASH_VISIT_KILLS (60), CRASH_SEED (1).
"""
import os, random, sys

from crashkit import die, environment, fresh as fresh_db, kill_after, run as run_argv, snapshot as snapshot_db, timed

BIN = os.environ["MUSTDO_BIN"]
WORK = os.environ.get("CRASH_DIR") or "/tmp"
KILLS = int(os.environ.get("CRASH_VISIT_KILLS", "60"))
SEED = int(os.environ.get("CRASH_SEED", "1"))
DB = os.path.join(WORK, "crash-visits.sqlite")
SNAP = os.path.join(WORK, "snap-visits")
ENV = environment(WORK, "cv")


def argv(args):
    return [BIN] + args + ["--db", DB]


def run(args):
    return run_argv(argv(args), ENV)


def read(con):
    visits = {g: (vid, cid) for vid, g, cid in con.execute("SELECT id, goal, customer_id FROM visit")}
    promises = {w: (pid, s, due, vid) for pid, w, s, due, vid in con.execute("SELECT id, what, state, due, visit_id FROM promise")}
    appts = {a: (aid, s, told is not None, vid) for aid, a, s, told, vid in con.execute("SELECT id, about, state, told_at, visit_id FROM appointment")}
    events = con.execute("SELECT count(*) FROM promise_event").fetchone()[0]
    return visits, promises, appts, events


def main():
    rng = random.Random(SEED)
    fresh_db(DB)
    for i in range(3):
        run(["customers", "add", "--name", f"客户{i}"])
    # Model: what acknowledged commands made.
    visits = {}      # goal -> customer id
    promises = {}    # what -> (state, due)
    appts = {}       # about -> (state, told)
    kills = acked = lost = completed = maybe_committed = 0
    # Aim: time one uncut visit.
    one = timed(argv(["visit", "1", "--goal", "warmup", "--result", "r"]), ENV)
    visits["warmup"] = 1
    n = 0
    while kills < KILLS:
        n += 1
        c = rng.random()
        pending = [w for w, (s, _) in promises.items() if s in ("open", "renegotiated")]
        planned = [a for a, (s, _) in appts.items() if s == "planned"]
        untold = [a for a, (s, told) in appts.items() if s == "cannot-keep" and not told]
        if c < 0.45:
            cust = rng.randint(1, 3)
            goal, what, about = f"g{n}", f"w{n}", f"a{n}"
            args = ["visit", str(cust), "--goal", goal, "--result", f"r{n}", "--commit", what, "--by", "2030-01-01",
                    "--next", "2030-01-01 10:00", "--about", about]
            kind = ("visit", goal, what, about, cust)
        elif c < 0.65 or not pending:
            what = f"p{n}"
            args = ["promise", "add", str(rng.randint(1, 3)), rng.choice(["--ours", "--theirs"]), "--what", what, "--by", "2030-06-01"]
            kind = ("padd", what)
        elif c < 0.85:
            what = rng.choice(pending)
            verb = rng.choice(["keep", "break", "renegotiate"])
            pid = str(promise_ids[what])
            args = ["promise", verb, pid] + (["--by", f"2031-01-{rng.randint(1, 28):02d}"] if verb == "renegotiate" else [])
            kind = ("pchange", what, verb, args[-1] if verb == "renegotiate" else None)
        elif untold:
            about = rng.choice(untold)
            args = ["appointments", "told", str(appt_ids[about])]
            kind = ("told", about)
        elif planned:
            about = rng.choice(planned)
            args = ["appointments", "cancel", str(appt_ids[about])]
            kind = ("cancel", about)
        else:
            continue
        delay = rng.uniform(one * 0.5, one * 1.1) if rng.random() < 0.7 else rng.uniform(0, one * 1.2)
        killed, out = kill_after(argv(args), ENV, delay)
        if killed:
            kills += 1
        else:
            completed += 1
        ack = bool(out.strip())
        if killed is False and not ack:
            die(f"mustdo {' '.join(args)} succeeded without a word")

        def expected_after():
            if kind[0] == "visit":
                return lambda: (visits.__setitem__(kind[1], kind[4]), promises.__setitem__(kind[2], ("open", "2030-01-01")),
                                appts.__setitem__(kind[3], ("planned", False)))
            if kind[0] == "padd":
                return lambda: promises.__setitem__(kind[1], ("open", "2030-06-01"))
            if kind[0] == "pchange":
                state = {"keep": "kept", "break": "broken", "renegotiate": "renegotiated"}[kind[2]]
                due = kind[3] if kind[2] == "renegotiate" else promises[kind[1]][1]
                return lambda: promises.__setitem__(kind[1], (state, due))
            if kind[0] == "cancel":
                return lambda: appts.__setitem__(kind[1], ("cannot-keep", False))
            return lambda: appts.__setitem__(kind[1], ("cannot-keep", True))
        apply = expected_after()
        if ack:
            apply()
            acked += 1

        con = snapshot_db(DB, SNAP, f"after kill {kills} ({' '.join(args)})")
        v, p, a, _ = read(con)
        con.close()
        if not ack:
            # The cut command: either nothing or all of it committed.
            snapshot = (dict(visits), dict(promises), dict(appts))
            apply()
            whole = (dict(visits), dict(promises), dict(appts))
            visits.clear(); visits.update(snapshot[0]); promises.clear(); promises.update(snapshot[1]); appts.clear(); appts.update(snapshot[2])
            got = ({g: c for g, (_, c) in v.items()}, {w: (s, d) for w, (_, s, d, _) in p.items()}, {x: (s, t) for x, (_, s, t, _) in a.items()})
            if got == whole and whole != snapshot:
                maybe_committed += 1
                visits.clear(); visits.update(whole[0]); promises.clear(); promises.update(whole[1]); appts.clear(); appts.update(whole[2])
        got_v = {g: c for g, (_, c) in v.items()}
        got_p = {w: (s, d) for w, (_, s, d, _) in p.items()}
        got_a = {x: (s, t) for x, (_, s, t, _) in a.items()}
        for name, want, got in (("visit", visits, got_v), ("promise", promises, got_p), ("appointment", appts, got_a)):
            for key, val in want.items():
                if got.get(key) != val:
                    lost += 1
                    print(f"LOST after kill {kills} ({' '.join(args)}): {name} {key} is {got.get(key)}, acknowledged {val}", file=sys.stderr)
            for key in got:
                if key not in want:
                    die(f"after kill {kills} ({' '.join(args)}): {name} {key} exists but was never acknowledged nor cut")
        # A visit is whole: its promise and appointment point at it.
        for goal, (vid, _) in v.items():
            if goal.startswith("g"):
                k = goal[1:]
                if p.get("w" + k, (0, 0, 0, None))[3] != vid or a.get("a" + k, (0, 0, 0, None))[3] != vid:
                    die(f"after kill {kills}: visit {goal} is not whole (commitment or appointment missing)")
        promise_ids.clear(); promise_ids.update({w: pid for w, (pid, _, _, _) in p.items()})
        appt_ids.clear(); appt_ids.update({x: aid for x, (aid, _, _, _) in a.items()})
    print(f"crash test (visits): {kills} kills, {acked} acknowledged actions, {lost} lost "
          f"({completed} runs finished before their kill, {maybe_committed} committed but killed before the ack; "
          f"{len(visits)} visits, {len(promises)} promises, {len(appts)} appointments)")
    print(f"VISITS {kills} {acked} {lost}", file=open(os.path.join(WORK, "crash-visits.result"), "w"))
    sys.exit(1 if lost else 0)


promise_ids = {}
appt_ids = {}

if __name__ == "__main__":
    main()
