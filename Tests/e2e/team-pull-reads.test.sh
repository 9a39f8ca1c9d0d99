#!/usr/bin/env bash
# Issue 13 "Scale": a rep's pull reads what it keeps, not the team's day. It used to read every field clock of the
# team changed since its cursor (the team index) and let row-level security drop the others' rows: 24,500 read to
# keep 40 on the 500-person bench. Since t12-pull-by-reader it reads the cards shared with or by the rep and their
# own rows written by someone else. Counts, not timings: the server's index statistics for the rep's sync. And the
# rows are the same: the rep gets the shared card's edit and a colleague's edit of their own card, the manager gets
# everything, a second machine of the rep (a first pull) gets the rep's own cards.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member boss manager
python3 -c "import json; print(json.dumps([{'name': f'b card {i}', 'phone': str(1000 + i)} for i in range(30)]))" > "$E2E_TMP/b.json"
python3 -c "import json; print(json.dumps([{'name': f'a card {i}', 'phone': str(2000 + i)} for i in range(3)]))" > "$E2E_TMP/a.json"
as b customers import "$E2E_TMP/b.json" >/dev/null
as a customers import "$E2E_TMP/a.json" >/dev/null
as b sync >/dev/null; as a sync >/dev/null
as b team share "b card 0" --with "$(login a)" >/dev/null
as a team share "a card 0" --with "$(login b)" >/dev/null
as a sync >/dev/null; as b sync >/dev/null
[ "$(sqlite3 "$E2E_TMP/a/db.sqlite" "SELECT count(*) FROM customer WHERE name = 'b card 0'")" = 1 ] || fail "the shared card reached a"
# b's day: 300 new cards (some 12,000 field clocks a may not read), two of b's cards edited (one shared with a) and
# a's shared card.
python3 -c "import json; print(json.dumps([{'name': f'b new {i}', 'phone': str(3000 + i), 'notes': 'new'} for i in range(300)]))" > "$E2E_TMP/b2.json"
as b customers import "$E2E_TMP/b2.json" >/dev/null
for i in 0 1; do as b customers edit "b card $i" --notes "b's day $i" >/dev/null; done
as b customers edit "a card 0" --notes "b was here" >/dev/null
as b sync >/dev/null
# a's sync, with the server's counters of this database from zero and its statistics current (autovacuum keeps them so
# on a real server; this database is seconds old, and on a table this small any plan is cheap).
admin_psql "$TEAM_DB" -qc "ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null
out=$(as a sync)
for _ in $(seq 1 100); do  # the sync's backend reports its counts when it exits, just after the client does
  [ "$(server_value "SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE relname = 'field_clock'")" -gt 0 ] && break
  sleep 0.1
done
[ "$(server_value "SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes WHERE relname = 'field_clock'")" -gt 0 ] ||
  fail "no index counts from a's sync"
read_by_team=$(server_value "SELECT idx_tup_read FROM pg_stat_user_indexes WHERE indexrelname = 'field_clock_by_seq'")
[ "$read_by_team" = 0 ] || fail "a's pull read $read_by_team clocks of the whole team's changes (b made 300 cards)"
read_all=$(server_value "SELECT sum(idx_tup_read) FROM pg_stat_user_indexes WHERE relname = 'field_clock'")
echo "field clocks read by a's sync: $read_all"
# What a's sync reads is the two cards b changed for a (their clocks and history lines since a's cursor) and its own
# push's clocks (period summaries), a few dozen; not b's 12,000.
[ "$read_all" -lt 300 ] || fail "a's sync read $read_all field clocks to keep the two cards b changed for a"
expect_contains "$out" "pulled 4 rows" "the shared card and a's own card with b's history line of each, not b's other cards"
[ "$(sqlite3 "$E2E_TMP/a/db.sqlite" "SELECT notes FROM customer WHERE name = 'b card 0'")" = "b's day 0" ] || fail "the shared card's edit reached a"
[ "$(sqlite3 "$E2E_TMP/a/db.sqlite" "SELECT notes FROM customer WHERE name = 'a card 0'")" = "b was here" ] || fail "b's edit of a's card reached a"
[ "$(sqlite3 "$E2E_TMP/a/db.sqlite" "SELECT count(*) FROM customer WHERE name LIKE 'b %'")" = 1 ] || fail "b's unshared cards reached a"
# The manager reads the whole team; a second machine of a's (its first pull) gets a's own cards and the shared one.
as boss sync >/dev/null
[ "$(sqlite3 "$E2E_TMP/boss/db.sqlite" "SELECT count(*) FROM customer WHERE notes LIKE 'b''s day %' OR name LIKE 'b new %'")" = 302 ] || fail "the manager has b's day"
mkdir -p "$E2E_TMP/a2"; cp "$E2E_TMP/a/pgpass" "$E2E_TMP/a2/pgpass"
as a2 team join --server "$SERVER" --user "$(login a)" >/dev/null
as a2 sync >/dev/null
[ "$(sqlite3 "$E2E_TMP/a2/db.sqlite" "SELECT group_concat(name || '=' || coalesce(notes, ''), ',') FROM (SELECT name, notes FROM customer ORDER BY name)")" = \
  "a card 0=b was here,a card 1=,a card 2=,b card 0=b's day 0" ] || fail "a's second machine: $(sqlite3 "$E2E_TMP/a2/db.sqlite" "SELECT name, notes FROM customer")"
echo "team-pull-reads ok"
