#!/usr/bin/env bash
# Issue 13: offline edits of one shared card by two reps. The rule: per field, the change made later wins; the
# overwritten value is kept and shown by `mustdo sync --conflicts` on both machines. Fields changed by only one
# side merge without a conflict; a change made after seeing the other's is no conflict at all.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep
as a customers add --name "Shared Ltd" --phone 100 --email old@example.com >/dev/null
as a sync >/dev/null
as a team share "Shared Ltd" --with "$(login b)" >/dev/null
as b sync >/dev/null
expect_contains "$(as b customers show "Shared Ltd")" "100" "b has the card"

# Offline: a changes the phone first, b changes it later; b also changes the notes, a the e-mail.
as a customers edit "Shared Ltd" --phone 111 >/dev/null
as b customers edit "Shared Ltd" --phone 222 --notes "from b" >/dev/null
as a customers edit "Shared Ltd" --email a@example.com >/dev/null
# a syncs first (its phone reaches the server first), then b, then a again.
as a sync >/dev/null
out=$(as b sync); expect_contains "$out" "1 new conflicts" "b's sync reports the conflict"
as a sync >/dev/null
for m in a b; do
  card=$(as "$m" customers show "Shared Ltd")
  expect_contains "$card" "222" "$m: the later phone wins"
  expect_contains "$card" "a@example.com" "$m: a's e-mail merges"
  expect_contains "$card" "from b" "$m: b's notes merge"
  case "$card" in *"Phone                   111"*) fail "$m still shows the overwritten phone" ;; esac
  out=$(as "$m" sync --conflicts)
  expect_contains "$out" "phone: kept 222 ($(login b)" "$m: the kept value and who"
  expect_contains "$out" "overwritten 111 ($(login a)" "$m: the overwritten value is kept"
done
[ "$(server_value "SELECT phone || ' ' || email || ' ' || notes FROM mustdo.customer WHERE name = 'Shared Ltd'")" = "222 a@example.com from b" ] || fail "server state"
[ "$(server_value "SELECT count(*) FROM mustdo.conflict")" = 1 ] || fail "exactly one conflict"

# The other order: b edits the tier first, a later; b syncs first. a's later value wins although it arrives last.
as b customers edit "Shared Ltd" --tier general >/dev/null
as a customers edit "Shared Ltd" --tier key >/dev/null
as b sync >/dev/null; as a sync >/dev/null; as b sync >/dev/null
for m in a b; do expect_contains "$(as "$m" customers show "Shared Ltd" --json)" '"tier": "key"' "$m: the later tier wins"; done
expect_contains "$(as b sync --conflicts)" "overwritten general" "b sees its tier overwritten"

# Seen, then changed: b pulled a's tier and changes it afterwards: no new conflict, b's value stands.
as b customers edit "Shared Ltd" --tier important >/dev/null
as b sync >/dev/null; as a sync >/dev/null
[ "$(server_value "SELECT count(*) FROM mustdo.conflict")" = 2 ] || fail "a sequential edit counted as a conflict"
expect_contains "$(as a customers show "Shared Ltd" --json)" '"tier": "important"' "a gets b's later edit"
echo "team conflicts ok"
