#!/usr/bin/env bash
# Issue 13: the screen's background sync (`[team] sync-every`). A change another rep pushes to a shared card shows
# up in the running screen after the interval, the status line says when it last synced, and a conflict found by a
# background sync puts a mark in the status line (`mustdo sync --conflicts` lists it).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep
as a customers add --name "Shared Ltd" --phone 100 >/dev/null
as a sync >/dev/null
as a team share "Shared Ltd" --with "$(login b)" >/dev/null
as b sync >/dev/null
# b's screen syncs every 2 seconds ([team] is the last table of the config join wrote).
printf 'sync-every = "2s"\n' >> "$E2E_TMP/b/config.toml"
{ printf 'plan_on_first_start = false\n'; cat "$E2E_TMP/b/config.toml"; } > "$E2E_TMP/b/c.tmp" && mv "$E2E_TMP/b/c.tmp" "$E2E_TMP/b/config.toml"
start_screen 120 30 env HOME="$E2E_TMP/b" PGPASSFILE="$E2E_TMP/b/pgpass" MUSTDO_CONFIG="$E2E_TMP/b/config.toml" MUSTDO_DB="$E2E_TMP/b/db.sqlite" \
  MUSTDO_TODAY=2026-11-20 LANG=C.UTF-8 MUSTDO_LANG=en "$MUSTDO_BIN" --db "$E2E_TMP/b/db.sqlite"
wait_for_text "Daily" 10
wait_for_regex "synced [0-9][0-9]:[0-9][0-9]" 20
tm send-keys -t main c
wait_for_text "Shared Ltd" 10

# a renames the card and syncs: b's running screen shows the new name after its next sync, with no key pressed.
as a customers edit "Shared Ltd" --name "Renamed Ltd" >/dev/null
as a sync >/dev/null
wait_for_text "Renamed Ltd" 30
case "$(screen_text)" in *"Shared Ltd"*) fail "the old name is still shown" ;; esac

# Both change the phone before either sees the other's (b on its own machine, a later): the background sync
# finds the conflict and the status line marks it.
as b customers edit "Renamed Ltd" --phone 222 >/dev/null
sleep 1
as a customers edit "Renamed Ltd" --phone 111 >/dev/null
as a sync >/dev/null
wait_for_text "conflicts: 1" 30
expect_contains "$(as b sync --conflicts)" "phone" "mustdo sync --conflicts lists it"
# The screen still answers keys.
tm send-keys -t main Escape
wait_for_text "Daily" 5
tm send-keys -t main q
wait_for_exit 5
echo "team screen sync ok"
