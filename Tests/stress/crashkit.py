"""What the crash drivers share (crash_cli.py, crash_visits.py): a private environment, running mustdo,
killing a run after a delay, and checking a copy of the database exactly as the killed process left it."""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time


def die(msg):
    """Ends the test with one line on stderr."""
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def environment(work, prefix):
    """The environment mustdo runs in: English, config and data under WORK (never the user's), no MUSTDO_* leaking in."""
    env = dict(os.environ)
    env.update({"LANG": "en_US.UTF-8", "MUSTDO_LANG": "en", "XDG_CONFIG_HOME": os.path.join(work, prefix + "-config"),
                "XDG_DATA_HOME": os.path.join(work, prefix + "-data"), "HOME": work})
    for k in ("MUSTDO_DB", "MUSTDO_TODAY", "MUSTDO_CONFIG"):
        env.pop(k, None)
    return env


def fresh(db):
    """Removes the database and its -wal/-shm so a run starts empty."""
    for f in (db, db + "-wal", db + "-shm"):
        if os.path.exists(f):
            os.remove(f)


def run(argv, env):
    """Runs mustdo to the end; any failure ends the test. Returns its stdout."""
    p = subprocess.run(argv, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        die(f"mustdo {' '.join(argv[1:])} exited {p.returncode}: {p.stderr.strip()}")
    return p.stdout


def timed(argv, env):
    """How long one uncut run of argv takes, in seconds."""
    t = time.monotonic()
    run(argv, env)
    return time.monotonic() - t


def kill_after(argv, env, delay):
    """Starts argv, sends SIGKILL after `delay` seconds unless it finished. Returns (killed, stdout text).
    A run that finished before the kill must have succeeded; anything else ends the test."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    if not killed or proc.returncode != -signal.SIGKILL:
        if proc.returncode != 0:
            die(f"mustdo {' '.join(argv[1:])} exited {proc.returncode}: {err.decode().strip()}")
        killed = False
    return killed, out.decode()


def snapshot(db, folder, what):
    """A connection to a copy of db and its -wal exactly as they are now (so recovering the hot WAL is still left to
    SQLite), after `PRAGMA integrity_check` said ok; `what` names the moment in the failure."""
    os.makedirs(folder, exist_ok=True)
    for suffix in ("", "-wal"):
        dst = os.path.join(folder, "c.sqlite" + suffix)
        if os.path.exists(dst):
            os.remove(dst)
        if os.path.exists(db + suffix):
            shutil.copyfile(db + suffix, dst)
    for leftover in ("-shm", "-journal"):
        if os.path.exists(os.path.join(folder, "c.sqlite" + leftover)):
            os.remove(os.path.join(folder, "c.sqlite" + leftover))
    con = sqlite3.connect(os.path.join(folder, "c.sqlite"))
    ic = con.execute("PRAGMA integrity_check").fetchall()
    if ic != [("ok",)]:
        die(f"integrity_check {what}: {ic}")
    return con
