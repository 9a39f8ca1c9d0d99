#!/usr/bin/env bash
# Issue 13: visits, appointments, promises and their history reach the team database with the same rules as cards:
# own rows, stable change ids, per-field later-wins with the loser kept, private cards' activity stays on the
# machine, and PostgreSQL itself keeps them (psql as another rep reads nothing, changes nothing; the manager reads
# the team; a colleague a card is shared with reads its visits but cannot change them).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member boss manager
r1=$(login a)

as a customers add --name "Alpha Ltd" --tier key >/dev/null
as a customers add --name "Secret Friend" >/dev/null
as a team private "Secret Friend" >/dev/null
# Visit 1 wins a customer action (promise 1, theirs) and an appointment; visit 2 wins nothing; visit 3 is private.
as a visit "Alpha Ltd" --at "2026-11-18 10:00" --goal trial --result agreed --commit "sign trial" --by 2026-11-25 --next "2026-11-24 10:00" >/dev/null
as a visit "Alpha Ltd" --at "2026-11-19 15:00" --kind call --goal "check in" --result "no answer" >/dev/null
as a visit "Secret Friend" --at "2026-11-19 18:00" --kind meal --goal dinner --result "private dinner" >/dev/null
as a promise add "Alpha Ltd" --ours --what "send quote" --by 2026-11-21 >/dev/null      # promise 2
as a promise add "Secret Friend" --ours --what "secret gift" --by 2026-11-22 >/dev/null # promise 3 (private)
as a promise keep 2 --note "sent" >/dev/null
as a promise break 1 --note "they went quiet" >/dev/null
out=$(as a sync); expect_contains "$out" "0 waiting." "a's first sync sends everything"

# On the server: a's rows, nothing of the private card.
[ "$(server_value "SELECT count(*) FROM mustdo.visit WHERE owner = '$r1'")" = 2 ] || fail "a's two visits on the server"
[ "$(server_value "SELECT count(*) FROM mustdo.appointment WHERE owner = '$r1'")" = 1 ] || fail "a's appointment on the server"
[ "$(server_value "SELECT string_agg(what || ':' || state, ',' ORDER BY what) FROM mustdo.promise")" = "send quote:kept,sign trial:broken" ] || fail "a's promises on the server"
[ "$(server_value "SELECT string_agg(action, ',' ORDER BY action) FROM mustdo.promise_event")" = "broken,created,created,kept" ] || fail "promise history on the server"
[ "$(server_value "SELECT count(*) FROM mustdo.field_clock WHERE value::text ~ 'private dinner|secret gift'")" = 0 ] || fail "a private card's activity reached the server"
[ "$(server_value "SELECT count(*) FROM mustdo.visit v JOIN mustdo.promise p ON p.visit = v.uid AND p.kind = 'action' WHERE v.result = 'agreed'")" = 1 ] || fail "the visit and its customer action are linked on the server"
# Stable change ids: nothing is sent twice.
out=$(as a sync); expect_contains "$out" "pushed 0 changes" "a second sync sends nothing"
[ "$(server_value "SELECT count(*) FROM mustdo.visit")" = 2 ] || fail "a second sync duplicated a visit"

# Row-level security, checked with psql as each person.
as b sync >/dev/null; as boss sync >/dev/null
for tc in visit:result appointment:place promise:what promise_event:note; do
  t=${tc%%:*}; c=${tc#*:}
  [ "$(member_psql b "SELECT count(*) FROM mustdo.$t")" = 0 ] || fail "rep b reads rep a's $t rows"
  [ "$(member_psql b "UPDATE mustdo.$t SET $c = 'x' RETURNING 1" | wc -l)" = 0 ] || fail "rep b changed rep a's $t rows"
done
[ "$(member_psql boss "SELECT count(*) FROM mustdo.visit")" = 2 ] || fail "the manager reads the team's visits"
[ "$(member_psql boss "SELECT count(*) FROM mustdo.promise_event")" = 4 ] || fail "the manager reads the team's promise history"
[ "$(member_psql boss "UPDATE mustdo.visit SET result = 'x' RETURNING 1" | wc -l)" = 0 ] || fail "the manager changed a rep's visit"
if member_psql b "INSERT INTO mustdo.visit (uid, owner, team, scope) VALUES (gen_random_uuid(), '$r1', 'main', gen_random_uuid())" 2>/dev/null; then
  fail "rep b inserted a visit in rep a's name"
fi
if member_psql boss "DELETE FROM mustdo.promise_event" 2>/dev/null; then fail "the manager deleted promise history"; fi
# A colleague's activity is read on the server, not copied into the manager's own plan.
[ "$(sqlite3 "$E2E_TMP/boss/db.sqlite" "SELECT count(*) FROM visit") $(sqlite3 "$E2E_TMP/boss/db.sqlite" "SELECT count(*) FROM promise")" = "0 0" ] || fail "a rep's visits or promises landed in the manager's plan"

# Shared card: b reads its visits (psql as b) but cannot change a's history, neither by UPDATE nor through push.
as a team share "Alpha Ltd" --with "$(login b)" >/dev/null
[ "$(member_psql b "SELECT count(*) FROM mustdo.visit")" = 2 ] || fail "rep b does not read the visits of a card shared with them"
[ "$(member_psql b "UPDATE mustdo.visit SET result = 'hacked' RETURNING 1" | wc -l)" = 0 ] || fail "rep b changed a visit of a shared card"
uid=$(server_value "SELECT uid FROM mustdo.visit WHERE result = 'agreed'")
if member_psql b "SELECT mustdo.push(0, '[{\"id\": \"$(printf '%032x' $$)\", \"entity\": \"visit\", \"uid\": \"$uid\", \"at\": \"2030-01-01T00:00:00Z\", \"fields\": {\"result\": \"hacked\"}}]')" 2>/dev/null; then
  fail "rep b's push changed a visit of a card shared with them"
fi
[ "$(server_value "SELECT result FROM mustdo.visit WHERE uid = '$uid'") $(server_value "SELECT count(*) FROM mustdo.field_clock WHERE value::text LIKE '%hacked%'")" = "agreed 0" ] || fail "a's visit was changed"

# A second machine of the same rep (a new laptop) gets a's own visits and promises back on joining.
mkdir -p "$E2E_TMP/a2"; cp "$E2E_TMP/a/pgpass" "$E2E_TMP/a2/pgpass"
as a2 team join --server "$SERVER" --user "$r1" >/dev/null
as a2 sync >/dev/null
[ "$(as a2 visits --json | python3 -c 'import json,sys; print(sorted(v["result"] for v in json.load(sys.stdin)["visits"]))')" = "['agreed', 'no answer']" ] || fail "a's second machine did not get a's visits"
pid=$(sqlite3 "$E2E_TMP/a2/db.sqlite" "SELECT id FROM promise WHERE what = 'send quote'")
[ "$(sqlite3 "$E2E_TMP/a2/db.sqlite" "SELECT state FROM promise WHERE id = $pid")" = kept ] || fail "the second machine has the promise's state"
[ "$(sqlite3 "$E2E_TMP/a2/db.sqlite" "SELECT group_concat(e.action || ':' || e.note, ',') FROM promise_event e WHERE e.promise_id = $pid ORDER BY e.id")" = "created:,kept:sent" ] || fail "the second machine has the promise's history"
[ "$(sqlite3 "$E2E_TMP/a2/db.sqlite" "SELECT count(*) FROM appointment a JOIN visit v ON v.id = a.visit_id WHERE v.result = 'agreed' AND a.at = '2026-11-24 10:00'")" = 1 ] || fail "the second machine has the appointment of its visit"
[ "$(sqlite3 "$E2E_TMP/a2/db.sqlite" "SELECT count(*) FROM promise p JOIN visit v ON v.id = p.visit_id WHERE p.kind = 'action'")" = 1 ] || fail "the second machine links the customer action to its visit"
echo "team activity ok"
