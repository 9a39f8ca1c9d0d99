#!/usr/bin/env bash
# Issue 13: the team screen `T` against a real PostgreSQL. The manager opens T and sees each rep's line (the same
# table `mustdo team report` prints); Tab, [ and ] switch the period. A machine that has not joined, and a server
# that cannot be reached, are one sentence on the screen (no crash, no hang: keys still work). A bad
# `[team] sync-every` stops the screen with one sentence naming the key, exit 78.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member boss manager
refs() { as "$1" today --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(' '.join(str(i['ref']) for p in d['periods'] if p['kind']=='$2' for i in p['items']))"; }
set -- $(refs a day); as a check "$1" "$2" >/dev/null
as b customers add --name "Beta Co" >/dev/null
as b visit "Beta Co" --at "2026-11-17 11:00" --goal pitch --result "will test" >/dev/null
for m in a b boss; do as "$m" sync >/dev/null || fail "sync of $m"; done
console=$(as boss team report --week 2026-W47)

# as_screen NAME: the member's screen in tmux (their database, config and pgpass file).
as_screen() {
  local name=$1; shift
  # The setting goes before any table ([team]), or it would belong to it.
  grep -q '^plan_on_first_start' "$E2E_TMP/$name/config.toml" ||
    { printf 'plan_on_first_start = false\n'; cat "$E2E_TMP/$name/config.toml"; } > "$E2E_TMP/$name/c.tmp"
  [ -f "$E2E_TMP/$name/c.tmp" ] && mv "$E2E_TMP/$name/c.tmp" "$E2E_TMP/$name/config.toml"
  start_screen 120 30 env HOME="$E2E_TMP/$name" PGPASSFILE="$E2E_TMP/$name/pgpass" MUSTDO_CONFIG="$E2E_TMP/$name/config.toml" \
    MUSTDO_TODAY=2026-11-20 LANG=C.UTF-8 MUSTDO_LANG=en "$MUSTDO_BIN" --db "$E2E_TMP/$name/db.sqlite" "$@"
}
as_screen boss
wait_for_text "Daily" 10
tm send-keys -t main T
wait_for_text "$(login a)" 15
wait_for_text "$(login b)" 5
screen=$(screen_text)
expect_contains "$screen" "Team report for the week 2026-W47" "the title of the week"
# Each rep's line starts as the console's does (login, then the period's routines and the daily ones).
for m in a b; do
  want=$(grep "^$(login $m) " <<<"$console" | awk '{print $1, $2, $3, $4, $5}')
  got=$(grep " $(login $m) " <<<"$screen" | awk '{print $1, $2, $3, $4, $5}')
  [ -n "$want" ] && [ "$got" = "$want" ] || fail "$m's line on the screen ($got) differs from the console's ($want)"
done
tm send-keys -t main Tab
wait_for_text "Team report for the month 2026-11" 15
tm send-keys -t main '['
wait_for_text "Team report for the month 2026-10" 15
tm send-keys -t main Escape
wait_for_text "Daily" 5
tm send-keys -t main q
wait_for_exit 5
cleanup_tmux; rm -f "$E2E_TMP/exit"

# Not joined: one sentence, and the screen still answers (Esc goes home, q quits).
mkdir -p "$E2E_TMP/loner"
: > "$E2E_TMP/loner/config.toml"
as_screen loner
wait_for_text "Daily" 10
tm send-keys -t main T
wait_for_text "has not joined a team" 10
tm send-keys -t main Escape
wait_for_text "Daily" 5
tm send-keys -t main q
wait_for_exit 5
cleanup_tmux; rm -f "$E2E_TMP/exit"

# A server nobody listens on: the sentence says it cannot be reached; keys still work, syncs keep failing quietly.
mkdir -p "$E2E_TMP/far"
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf '[team]\nserver = "host=127.0.0.1 port=%s dbname=x"\nuser = "nobody"\nsslmode = "disable"\nsync-every = "2s"\n' "$closed" > "$E2E_TMP/far/config.toml"
# This database joined that server (as `team join` would have recorded it) before the server went away.
MUSTDO_CONFIG="$E2E_TMP/far/none.toml" "$MUSTDO_BIN" today --db "$E2E_TMP/far/db.sqlite" --today 2026-11-20 >/dev/null
sqlite3 "$E2E_TMP/far/db.sqlite" "UPDATE sync_state SET enabled = 1, server = 'nobody@127.0.0.1:$closed/x' WHERE id = 1"
[ "$(sqlite3 "$E2E_TMP/far/db.sqlite" "SELECT enabled FROM sync_state")" = 1 ] || fail "no sync state"
as_screen far
wait_for_text "Daily" 10
# The background sync says the problem in a few words at the right of the status line; keys still act.
wait_for_text "sync: server unreachable" 20
tm send-keys -t main T
wait_for_text "Cannot reach the team server" 20
tm send-keys -t main '?'
wait_for_text "Keys ·" 5
tm send-keys -t main Escape
wait_for_text "Cannot reach the team server" 5
tm send-keys -t main Escape
wait_for_text "Daily" 5
tm send-keys -t main q
wait_for_exit 5
cleanup_tmux; rm -f "$E2E_TMP/exit"

# A bad interval: one sentence naming the key, exit 78, before the screen starts.
printf '[team]\nsync-every = "5 minutes"\n' >> "$E2E_TMP/loner/config.toml"
set +e
out=$(HOME="$E2E_TMP/loner" MUSTDO_CONFIG="$E2E_TMP/loner/config.toml" LANG=C.UTF-8 MUSTDO_LANG=en "$MUSTDO_BIN" --db "$E2E_TMP/loner/db.sqlite" --lang en 2>&1 </dev/null)
code=$?
set -e
[ "$code" = 78 ] || fail "a bad sync-every exits $code, not 78: $out"
expect_contains "$out" "sync-every" "the sentence names the key"
[ "$(printf '%s\n' "$out" | wc -l)" = 1 ] || fail "more than one line: $out"
echo "team screen ok"
