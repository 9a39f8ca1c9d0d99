#!/usr/bin/env bash
# Issue 13: PostgreSQL itself keeps the team's rows private. Three reps and a manager, plus a member of another
# team; each checked with psql logged in as that person, not only through MustDo. Private cards never leave the
# machine. Wrong settings end in one sentence with a sysexits code and change nothing.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member c rep; member boss manager; member x rep other
r1=$(login a); r2=$(login b); mgr=$(login boss)

as a customers add --name "Alpha Ltd" --phone 111 >/dev/null
as a customers add --name "Secret Friend" --phone 999 >/dev/null
out=$(as a team private "Secret Friend"); expect_contains "$out" "private now" "team private"
as b customers add --name "Beta Co" >/dev/null
as c customers add --name "Gamma Inc" >/dev/null
for m in a b c boss x; do as "$m" sync >/dev/null || fail "sync of $m"; done

# The private card is nowhere on the server, not even for the administrator.
[ "$(server_value "SELECT count(*) FROM mustdo.customer WHERE name LIKE 'Secret%' OR phone = '999'")" = 0 ] || fail "a private card reached the server"
[ "$(server_value "SELECT count(*) FROM mustdo.field_clock WHERE value::text LIKE '%Secret%'")" = 0 ] || fail "a private value reached the server"

# A rep reads only their own rows (psql as that rep).
[ "$(member_psql b "SELECT string_agg(name, ',' ORDER BY name) FROM mustdo.customer")" = "Beta Co" ] || fail "rep b reads other rows"
[ "$(member_psql b "SELECT count(*) FROM mustdo.customer_history WHERE owner <> '$r2'")" = 0 ] || fail "rep b reads another rep's history"
[ "$(member_psql b "SELECT count(*) FROM mustdo.field_clock WHERE owner <> '$r2'")" = 0 ] || fail "rep b reads another rep's fields"
[ "$(member_psql b "SELECT count(*) FROM mustdo.completion WHERE owner <> '$r2'")" = 0 ] || fail "rep b reads another rep's completion"
# … and cannot change another rep's rows: an UPDATE finds nothing, an INSERT in their name is refused.
[ "$(member_psql b "UPDATE mustdo.customer SET name = 'hacked' WHERE owner = '$r1' RETURNING 1" | wc -l)" = 0 ] || fail "rep b changed rep a's card"
if member_psql b "INSERT INTO mustdo.customer (uid, owner, team, scope) VALUES (gen_random_uuid(), '$r1', 'main', gen_random_uuid())" 2>/dev/null; then
  fail "rep b inserted a row in rep a's name"
fi
if member_psql b "UPDATE mustdo.customer SET owner = '$r2'" 2>/dev/null; then fail "rep b could change an owner column"; fi
if member_psql b "DELETE FROM mustdo.customer_history" 2>/dev/null; then fail "rep b could delete history"; fi
if member_psql b "SELECT * FROM mustdo.member WHERE team = 'other'" | grep -q .; then fail "rep b sees another team's members"; fi
# A push naming rep a's card is refused by the server (the row is not rep b's, nor shared with them).
uid=$(server_value "SELECT uid FROM mustdo.customer WHERE name = 'Alpha Ltd'")
reply=$(member_psql b "SELECT mustdo.push(0, '[{\"id\": \"$(printf '%032x' $$)\", \"entity\": \"customer\", \"uid\": \"$uid\", \"at\": \"2030-01-01T00:00:00Z\", \"fields\": {\"name\": \"hacked\"}}]')")
expect_contains "$reply" '"rejected": 1' "push to another rep's card"
[ "$(server_value "SELECT name FROM mustdo.customer WHERE uid = '$uid'")" = "Alpha Ltd" ] || fail "rep a's card was changed"

# The manager reads the whole team but not the other team, and cannot change a rep's card either.
[ "$(member_psql boss "SELECT string_agg(name, ',' ORDER BY name) FROM mustdo.customer")" = "Alpha Ltd,Beta Co,Gamma Inc" ] || fail "manager's view"
[ "$(member_psql boss "SELECT count(DISTINCT owner) FROM mustdo.completion")" -ge 3 ] || fail "manager reads the reps' completion"
[ "$(member_psql boss "UPDATE mustdo.customer SET name = 'x' RETURNING 1" | wc -l)" = 0 ] || fail "the manager changed a rep's card"
[ "$(member_psql x "SELECT count(*) FROM mustdo.customer")" = 0 ] || fail "another team reads this team's cards"
[ "$(member_psql x "SELECT count(*) FROM mustdo.member")" = 1 ] || fail "another team reads this team's members"

# Through MustDo: the manager's machine lists the team's cards; a rep's only their own.
out=$(as boss customers list); expect_contains "$out" "Alpha Ltd" "manager list"; expect_contains "$out" "Gamma Inc" "manager list"
out=$(as b customers list); case "$out" in *Alpha*|*Gamma*) fail "rep b's list shows another rep's card: $out" ;; esac

# Sharing: rep a shares Alpha with rep b, who then reads it and can change it; rep c still cannot.
out=$(as a team share "Alpha Ltd" --with "$r2"); expect_contains "$out" "shared with" "team share"
as b sync >/dev/null
out=$(as b customers list); expect_contains "$out" "Alpha Ltd" "shared card on rep b's machine"
[ "$(member_psql c "SELECT count(*) FROM mustdo.customer WHERE name = 'Alpha Ltd'")" = 0 ] || fail "rep c reads a card shared with b"
if as b team share "Alpha Ltd" --with "$(login c)" 2>"$E2E_TMP/err"; then fail "rep b re-shared a card they do not own"; fi

# The manager's report (server views) matches each rep's own `mustdo week`: the weekly list and customers won.
week_ref=$(as a today --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([i["ref"] for p in d["periods"] if p["kind"]=="week" for i in p["items"]][0])')
as a check "$week_ref" >/dev/null
as a customers edit "Alpha Ltd" --status customer >/dev/null
as a sync >/dev/null
own=$(as a week --json | python3 -c 'import json,sys; s=json.load(sys.stdin)["weekly_summary"]; print(s["done"], s["skipped"], s["total"])')
report=$(as boss team report --week 2026-W47 --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=[x for x in d['people'] if x['login']=='$r1'][0]; print(p['period']['done'], p['period']['skipped'], p['period']['total'], p['won'])")
[ "$report" = "$own 1" ] || fail "the manager's report ($report) does not match rep a's week ($own, 1 won)"
[ "$(as boss team report --week 2026-W47 --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["people"]))')" = 4 ] || fail "the manager's report lists the team"
[ "$(as b team report --week 2026-W47 --json | python3 -c 'import json,sys; print([p["login"] for p in json.load(sys.stdin)["people"]])')" = "['$r2']" ] || fail "a rep's report shows only themselves"
# libpq is loaded by the team commands only: `mustdo today` starts without it (issue 13: today must not get slower).
LD_DEBUG=libs as a today 2>"$E2E_TMP/ld" >/dev/null
grep -q 'libpq' "$E2E_TMP/ld" && fail "mustdo today loaded libpq"
LD_DEBUG=libs as a team status 2>"$E2E_TMP/ld" >/dev/null
grep -q 'libpq.so.5' "$E2E_TMP/ld" || fail "team status did not load libpq"
# The status lists who synced.
out=$(as a team status); expect_contains "$out" "$r2" "team status"; expect_contains "$out" "0 changes waiting" "team status"

# Mistakes: one sentence, a sysexits code, nothing changed.
cp "$E2E_TMP/c/config.toml" "$E2E_TMP/before.toml"
set +e
as c team join --server "postgresql://$(login c):secret@127.0.0.1:$PG_PORT/$TEAM_DB" --user "$(login c)" 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 64 ] || fail "a password in the address: exit $code"; expect_contains "$(cat "$E2E_TMP/err")" "contains a password" "password in URL"
echo "127.0.0.1:$PG_PORT:*:$(login c):wrong" > "$E2E_TMP/wrong.pgpass"; chmod 600 "$E2E_TMP/wrong.pgpass"
set +e
PGPASSFILE="$E2E_TMP/wrong.pgpass" HOME="$E2E_TMP/c" MUSTDO_DB="$E2E_TMP/c/db.sqlite" MUSTDO_CONFIG="$E2E_TMP/c/config.toml" MUSTDO_LANG=en \
  "$MUSTDO_BIN" sync 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 77 ] || fail "a wrong password: exit $code"; expect_contains "$(cat "$E2E_TMP/err")" "refused the login" "wrong password"
set +e
PGPASSFILE="$E2E_TMP/none" HOME="$E2E_TMP/c" MUSTDO_DB="$E2E_TMP/c/db.sqlite" MUSTDO_CONFIG="$E2E_TMP/c/config.toml" MUSTDO_LANG=zh \
  "$MUSTDO_BIN" sync 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 77 ] || fail "no password: exit $code"; expect_contains "$(cat "$E2E_TMP/err")" "pgpass" "no password (zh)"
expect_contains "$(cat "$E2E_TMP/err")" "没有密码" "no password in Chinese"
set +e
as c team join --server "$SERVER" --user "$(login c)" --sslmode disable 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 69 ] || fail "a plain-text connection: exit $code"
set +e
as c team join --server "$SERVER" --user "$(login c)" --sslmode sometimes 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 64 ] || fail "a bad sslmode: exit $code"; expect_contains "$(cat "$E2E_TMP/err")" "sslmode" "bad sslmode"
cmp -s "$E2E_TMP/c/config.toml" "$E2E_TMP/before.toml" || fail "a refused join changed config.toml"
grep -q secret "$E2E_TMP/c/config.toml" && fail "a password reached config.toml"
set +e
HOME="$E2E_TMP/new" MUSTDO_DB="$E2E_TMP/new.sqlite" MUSTDO_CONFIG="$E2E_TMP/new.toml" MUSTDO_LANG=en "$MUSTDO_BIN" sync 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 78 ] || fail "sync without joining: exit $code"; expect_contains "$(cat "$E2E_TMP/err")" "team join" "not joined"
# config.toml names the team, but this database never joined it: said, and nothing is pushed.
set +e
HOME="$E2E_TMP/c" PGPASSFILE="$E2E_TMP/c/pgpass" MUSTDO_DB="$E2E_TMP/other.sqlite" MUSTDO_CONFIG="$E2E_TMP/c/config.toml" MUSTDO_LANG=en \
  "$MUSTDO_BIN" sync 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 78 ] || fail "sync of a database that never joined: exit $code"; expect_contains "$(cat "$E2E_TMP/err")" "has not joined" "database not joined"
# A removed member cannot log in any more; their rows stay theirs.
admin team remove-member "$(login c)" --server "$ADMIN_SERVER" >/dev/null
set +e
as c sync 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 77 ] || fail "a removed member: exit $code ($(cat "$E2E_TMP/err"))"
[ "$(server_value "SELECT owner FROM mustdo.customer WHERE name = 'Gamma Inc'")" = "$(login c)" ] || fail "a removed member's rows"
# add-member never takes the password as an argument: it is read from standard input.
set +e
admin team add-member "${TAG}_d" --role rep --server "$ADMIN_SERVER" </dev/null 2>"$E2E_TMP/err"; code=$?
set -e
[ $code = 64 ] || fail "add-member without a password: exit $code"
echo "team access ok"
