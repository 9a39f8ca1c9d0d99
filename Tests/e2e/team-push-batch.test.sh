#!/usr/bin/env bash
# Issue 13 "Scale": the set-based push (migration t7-sync-speed) applies a batch exactly as the row-at-a-time rule
# (kept as mustdo.push_each) does, and asks the row-level security functions a bounded number of times per batch,
# not per row read. Counts, not timings: the number of function calls the server made for one push.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member x rep other

# 1. A rep's sync of 12 field edits with their 12 history lines: the policy functions are asked per statement.
python3 -c "import json; print(json.dumps([{'name': f'card {i}', 'phone': str(1000 + i)} for i in range(6)]))" > "$E2E_TMP/cards.json"
as a customers import "$E2E_TMP/cards.json" >/dev/null
as a sync >/dev/null
for k in 0 1 2; do as a customers edit "card $k" --phone "2$k$k$k" --notes "n$k" --grade g --address "street $k" >/dev/null; done
admin_psql "$TEAM_DB" -qc "ALTER ROLE $(login a) SET track_functions = 'all'" -c "SELECT pg_stat_reset()" >/dev/null
out=$(as a sync)
expect_contains "$out" "Synced: pushed 2" "the edits and their history lines (and the period summaries) are pushed"
calls=""
for _ in $(seq 1 100); do  # the sync's backend reports its counts when it exits, just after the client does
  calls=$(server_value "SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE schemaname = 'mustdo' AND funcname IN ('my_team', 'is_manager', 'can_read', 'can_write', 'my_scopes')")
  [ "$calls" -gt 0 ] && break; sleep 0.1
done
[ "$calls" -gt 0 ] || fail "no function counts from the sync's server session"
echo "policy function calls for the sync: $calls"
# Row at a time it was some 70 calls per change pushed (about 1,900 here); per statement (t7-sync-speed) a few dozen
# for the sync plus a can_write (and its my_team) per change (82 here); since t11-push-write-check the right to write
# is checked in push's statements, so the count no longer grows with the changes pushed.
pushed=$(sed -n 's/.*pushed \([0-9]*\) changes.*/\1/p' <<<"$out")
[ "$calls" -lt 50 ] || fail "the sync asked the policy functions $calls times for $pushed changes (per change, not per statement)"
per_change=$(server_value "SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE schemaname = 'mustdo' AND funcname = 'can_write'")
[ "$per_change" = 0 ] || fail "push called can_write $per_change times for $pushed changes (once per change)"
[ "$(server_value "SELECT phone || ' ' || notes FROM mustdo.customer WHERE name = 'card 2'")" = "2222 n2" ] || fail "the edits reached the server"

# 2. The same batches through push and push_each, each in a transaction rolled back: the same reply and tables.
push_as() { # LOGIN SQL…: psql as that member with the password team-lib gave them
  PGPASSFILE="$E2E_TMP/$1/pgpass" psql "$SERVER user=$(login "$1")" -qAt -v ON_ERROR_STOP=1 "${@:2}"
}
push_as a -c "SELECT mustdo.push(0, '[
 {\"id\":\"00000000-0000-0000-0000-0000000000a1\",\"entity\":\"customer\",\"uid\":\"aaaaaaaa-0000-0000-0000-000000000001\",\"at\":\"2026-11-01T10:00:00Z\",\"fields\":{\"name\":\"A\",\"phone\":\"1\",\"notes\":\"n1\",\"grade\":\"a\"}},
 {\"id\":\"00000000-0000-0000-0000-0000000000a2\",\"entity\":\"customer\",\"uid\":\"aaaaaaaa-0000-0000-0000-000000000002\",\"at\":\"2026-11-01T10:00:00Z\",\"fields\":{\"name\":\"B\",\"phone\":\"2\"}},
 {\"id\":\"00000000-0000-0000-0000-0000000000a3\",\"entity\":\"customer_history\",\"uid\":\"bbbbbbbb-0000-0000-0000-000000000001\",\"scope\":\"aaaaaaaa-0000-0000-0000-000000000001\",\"at\":\"2026-11-01T10:00:00Z\",\"fields\":{\"customer\":\"aaaaaaaa-0000-0000-0000-000000000001\",\"action\":\"create\",\"at\":\"2026-11-01T10:00:00\"}}
]')" -c "SELECT mustdo.share_with('aaaaaaaa-0000-0000-0000-000000000001', '$(login b)')" >/dev/null
push_as x -c "SELECT mustdo.push(0, '[{\"id\":\"00000000-0000-0000-0000-0000000000c1\",\"entity\":\"customer\",\"uid\":\"cccccccc-0000-0000-0000-000000000001\",\"at\":\"2026-11-01T10:00:00Z\",\"fields\":{\"name\":\"X\"}}]')" >/dev/null
base=$(server_value "SELECT max(seq) FROM mustdo.change")
push_as a -c "SELECT mustdo.push($base, '[{\"id\":\"00000000-0000-0000-0000-0000000000a4\",\"entity\":\"customer\",\"uid\":\"aaaaaaaa-0000-0000-0000-000000000001\",\"at\":\"2026-11-02T10:00:00Z\",\"fields\":{\"phone\":\"11\",\"notes\":\"n2\"}}]')" >/dev/null
state="SELECT 'clock', entity, uid::text, field, value::text, at::text, author::text, change_id::text FROM mustdo.field_clock
 UNION ALL SELECT 'change', entity, uid::text, outcome, author::text, at::text, team, change_id::text FROM mustdo.change
 UNION ALL SELECT 'conflict', entity, uid::text, field, kept_value::text || '/' || lost_value::text, kept_at::text, kept_author || '/' || lost_author, lost_at::text FROM mustdo.conflict
 UNION ALL SELECT 'customer', owner, uid::text, name, concat_ws('|', phone, notes, grade, address, tags, people), NULL, team, scope::text FROM mustdo.customer
 UNION ALL SELECT 'history', owner, uid::text, action, concat_ws('|', customer, at, field, old, new), NULL, team, scope::text FROM mustdo.customer_history
 UNION ALL SELECT 'completion', owner, uid::text, period_key, concat_ws('|', done, total), NULL, team, scope::text FROM mustdo.completion
 ORDER BY 1, 2, 3, 4, 5, 6"
same() { # WHAT MEMBER BASE JSON: push and push_each leave the same reply (or error) and tables
  local set=$(push_as "$2" -c "BEGIN" -c "SELECT mustdo.push($3, '$4')" -c "$state" -c "ROLLBACK" 2>&1 | grep -v '^PL/pgSQL function')
  local each=$(push_as "$2" -c "BEGIN" -c "SELECT mustdo.push_each($3, '$4')" -c "$state" -c "ROLLBACK" 2>&1 | grep -v '^PL/pgSQL function')
  [ -n "$set" ] || fail "$1: no output"
  [ "$set" = "$each" ] || { diff <(echo "$set") <(echo "$each") >&2; fail "$1: push and push_each differ"; }
  printf '%s\n' "${set%%$'\n'*}"  # the reply (no pipe: head would end echo early under pipefail)
}
# A grantee with an old base: a conflict it wins (later), one it loses (earlier), an equal value (no conflict), a
# card it may not write (refused), a new history line, a completion key and a new card.
out=$(same "stale grantee" b "$base" '[{"id":"00000000-0000-0000-0000-0000000000b1","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-03T10:00:00Z","fields":{"phone":"22","name":"A"}},
 {"id":"00000000-0000-0000-0000-0000000000b2","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-01T12:00:00Z","fields":{"notes":"early"}},
 {"id":"00000000-0000-0000-0000-0000000000b3","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000002","at":"2026-11-03T10:00:00Z","fields":{"phone":"99"}},
 {"id":"00000000-0000-0000-0000-0000000000b4","entity":"customer_history","uid":"bbbbbbbb-0000-0000-0000-000000000002","scope":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-03T10:00:00Z","fields":{"customer":"aaaaaaaa-0000-0000-0000-000000000001","action":"edit","field":"phone","old":"11","new":"22"}},
 {"id":"00000000-0000-0000-0000-0000000000b5","entity":"completion","key":"week|2026-W45","at":"2026-11-03T10:00:00Z","fields":{"period_kind":"week","period_key":"2026-W45","done":3,"total":5}},
 {"id":"00000000-0000-0000-0000-0000000000b6","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000009","at":"2026-11-03T10:00:00Z","fields":{"name":"new card","grade":null,"tags":["x"]}}]')
expect_contains "$out" '"applied": 5' "five changes applied"
expect_contains "$out" '"rejected": 1' "the card b may not write is refused"
# The owner: a change pushed before (applied once), another team's card (refused), an empty change.
out=$(same "owner" a 999999 '[{"id":"00000000-0000-0000-0000-0000000000a4","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-02T10:00:00Z","fields":{"phone":"11","notes":"n2"}},
 {"id":"00000000-0000-0000-0000-0000000000d1","entity":"customer","uid":"cccccccc-0000-0000-0000-000000000001","at":"2026-11-03T10:00:00Z","fields":{"name":"stolen"}},
 {"id":"00000000-0000-0000-0000-0000000000d3","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000002","at":"2026-11-03T10:00:00Z","fields":{}}]')
expect_contains "$out" '"duplicate": 1' "the change pushed before is applied once"
# Batches the set-based push hands to push_each: one field twice, an unknown column, an unknown kind of row, and a
# member of another team creating a row with an id that exists in this team.
same "a field twice" a 999999 '[{"id":"00000000-0000-0000-0000-0000000000f1","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-04T10:00:00Z","fields":{"phone":"7"}},
 {"id":"00000000-0000-0000-0000-0000000000f2","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-04T11:00:00Z","fields":{"phone":"8"}}]' >/dev/null
out=$(same "an unknown column" a 999999 '[{"id":"00000000-0000-0000-0000-0000000000f3","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-04T10:00:00Z","fields":{"owner":"someone"}}]')
expect_contains "$out" "has no column owner" "an unknown column is refused whole"
same "an unknown kind" a 999999 '[{"id":"00000000-0000-0000-0000-0000000000f4","entity":"nothing","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-04T10:00:00Z","fields":{}}]' >/dev/null
out=$(same "another team's id" x 0 '[{"id":"00000000-0000-0000-0000-0000000000f5","entity":"customer","uid":"aaaaaaaa-0000-0000-0000-000000000001","at":"2026-11-04T10:00:00Z","fields":{"name":"mine"}},
 {"id":"00000000-0000-0000-0000-0000000000f6","entity":"customer","uid":"cccccccc-0000-0000-0000-000000000001","at":"2026-11-04T10:00:00Z","fields":{"name":"X2"}}]')
expect_contains "$out" '"rejected": 1' "a row of another team is refused, the member's own change applied"
