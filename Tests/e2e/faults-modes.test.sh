# Private data under umask 022 (issue 15, item 8): everything MustDo creates is 0600 (files) or 0700 (folders) although
# the umask would give 0644/0755, and a file it rewrites keeps its mode. The database's -wal and -shm are checked while
# the screen holds them open; config.toml is saved from the settings screen (S, Ctrl-S).
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG || true
export LANG=C.UTF-8 MUSTDO_LANG=en
umask 022
day=2026-11-23
problems=()
want() { # MODE PATH…
  local m=$1 f; shift
  for f in "$@"; do
    if [ ! -e "$f" ]; then problems+=("$f is missing")
    elif [ "$(stat -c %a "$f")" != "$m" ]; then problems+=("$f is $(stat -c %a "$f"), expected $m"); fi
  done
}
data="$E2E_TMP/data/mustdo"; db="$data/mustdo.sqlite"
cfgdir="$E2E_TMP/cfg/mustdo"; cfg="$cfgdir/config.toml"
mkdir -p "$cfgdir"; printf 'plan_on_first_start = false\n' > "$cfg"; chmod 600 "$cfg"

"$MUSTDO_BIN" init --db "$db" --today $day >/dev/null
want 700 "$E2E_TMP/data" "$data"
want 600 "$db"

# The screen: -wal and -shm while it runs, the daily backup, and config.toml saved from the settings screen.
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --config "$cfg" --today $day
wait_for_text "Daily" 10
want 600 "$db-wal" "$db-shm"
want 700 "$data/backups"
want 600 "$data/backups/mustdo-$day.sqlite"
tm send-keys -t main S
wait_for_text "Settings" 5
# Only changed fields are written: change the week start, then save.
tm send-keys -t main C-u
tm send-keys -t main -l "sunday"
tm send-keys -t main C-s
for _ in $(seq 1 100); do grep -q "week_start" "$cfg" && break; sleep 0.05; done
tm send-keys -t main q
wait_for_exit 5
want 600 "$cfg"
grep -q "week_start" "$cfg" || problems+=("the settings were not saved to $cfg: $(cat "$cfg")")

"$MUSTDO_BIN" backup --db "$db" --today 2026-11-24 >/dev/null
want 600 "$data/backups/mustdo-2026-11-24.sqlite"
out="$E2E_TMP/out"; mkdir -p "$out"; chmod 755 "$out"
"$MUSTDO_BIN" export csv --output "$out/all.csv" --db "$db" --today $day >/dev/null
"$MUSTDO_BIN" export ics --output "$out/all.ics" --db "$db" --today $day >/dev/null
"$MUSTDO_BIN" export json --output "$out/all.json" --db "$db" --today $day >/dev/null
"$MUSTDO_BIN" routines export --output "$out/routines.toml" --db "$db" --today $day >/dev/null
printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261001\nSUMMARY:National Day\nEND:VEVENT\nEND:VCALENDAR\n' > "$out/h.ics"
"$MUSTDO_BIN" holidays import "$out/h.ics" --output "$out/holidays.toml" --db "$db" --today $day >/dev/null
want 600 "$out/all.csv" "$out/all.ics" "$out/all.json" "$out/routines.toml" "$out/holidays.toml"
# --force keeps the mode of the file it replaces.
chmod 640 "$out/all.csv"
"$MUSTDO_BIN" export csv --output "$out/all.csv" --force --db "$db" --today $day >/dev/null
want 640 "$out/all.csv"

if [ ${#problems[@]} -gt 0 ]; then printf '%s\n' "${problems[@]}"; fail "${#problems[@]} files or folders are not private"; fi
echo "faults-modes: every file 0600 and folder 0700 under umask 022; a replaced file kept its mode"
