#!/usr/bin/env bash
# Issue 13: a value pulled from the team's server that the local database refuses (a tier this MustDo does not know,
# written straight into the server with psql by the card's owner) ends in one sentence naming the card, the field,
# the value and who can correct it, exit 65; nothing of the pull is applied (not even the good changes that came with
# it) and the sync cursor stays, so once the owner corrects the value the next sync brings everything.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep
as a customers add --name "Shared Ltd" --tier key >/dev/null
as a customers add --name "Other Co" --phone 100 >/dev/null
as a sync >/dev/null
as a team share "Shared Ltd" --with "$(login b)" >/dev/null
as a team share "Other Co" --with "$(login b)" >/dev/null
as b sync >/dev/null
expect_contains "$(as b customers show "Other Co")" "100" "b has the shared cards"

# A good change through MustDo, then a bad one straight into the server, as the owner with psql.
as a customers edit "Other Co" --phone 555 >/dev/null
as a sync >/dev/null
uid=$(server_value "SELECT uid FROM mustdo.customer WHERE name = 'Shared Ltd'")
push_tier() { # VALUE: a's own push of the card's tier, written by hand (not through MustDo)
  member_psql a "SELECT mustdo.push(0, jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'entity', 'customer',
    'uid', '$uid', 'at', now(), 'fields', jsonb_build_object('tier', '$1'))))" >/dev/null
}
push_tier platinum
[ "$(server_value "SELECT tier FROM mustdo.customer WHERE uid = '$uid'")" = platinum ] || fail "the bad value is on the server"

cursor=$(sqlite3 "$E2E_TMP/b/db.sqlite" "SELECT cursor FROM sync_state")
set +e
as b sync >"$E2E_TMP/out" 2>"$E2E_TMP/err"; code=$?
set -e
[ "$code" = 65 ] || fail "a refused pulled value: exit $code ($(cat "$E2E_TMP/err"))"
err=$(cat "$E2E_TMP/err")
[ "$(wc -l <"$E2E_TMP/err")" = 1 ] || fail "more than one line: $err"
expect_contains "$err" "tier = \"platinum\"" "the sentence names the field and the value"
expect_contains "$err" "Shared Ltd" "the sentence names the card"
expect_contains "$err" "ask $(login a) to correct tier" "the sentence names who can correct it"
case "$err" in *damaged*|*"not a MustDo database"*) fail "still said as a damaged database: $err" ;; esac
# Nothing applied, the cursor where it was.
[ "$(sqlite3 "$E2E_TMP/b/db.sqlite" "SELECT cursor FROM sync_state")" = "$cursor" ] || fail "the cursor moved"
expect_contains "$(as b customers show "Other Co" --json)" '"phone": "100"' "the good change that came with it was not applied either"
expect_contains "$(as b customers show "Shared Ltd" --json)" '"tier": "key"' "b's card keeps its tier"
# The same sentence in Chinese.
set +e
zh=$(as b --lang zh sync 2>&1 >/dev/null); code=$?
set -e
[ "$code" = 65 ] || fail "zh: exit $code"
expect_contains "$zh" "本机的 MustDo 不接受这个值" "the Chinese sentence"
expect_contains "$zh" "platinum" "the Chinese sentence names the value"

# The owner corrects it: the next sync brings the correction and the change that waited.
push_tier important
as b sync >/dev/null || fail "the sync after the correction"
expect_contains "$(as b customers show "Other Co" --json)" '"phone": "555"' "the waiting change arrives"
expect_contains "$(as b customers show "Shared Ltd" --json)" '"tier": "important"' "the corrected tier arrives"
[ "$(sqlite3 "$E2E_TMP/b/db.sqlite" "SELECT cursor > $cursor FROM sync_state")" = 1 ] || fail "the cursor did not move after the good sync"
echo "team pull refused ok"
