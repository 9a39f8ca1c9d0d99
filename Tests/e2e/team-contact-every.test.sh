#!/usr/bin/env bash
# Issue 13: a card's own contact interval (`contact-every`) is synced both ways like its other fields, and the
# manager's "losing touch" follows it, equal to the rep's own `mustdo week`.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member boss manager
as a customers add --name "Cadence Co" --tier general --contact-every 3 >/dev/null
as a visit "Cadence Co" --at "2026-11-15 10:00" --goal "check in" --result fine >/dev/null
as a sync >/dev/null
[ "$(server_value "SELECT contact_every FROM mustdo.customer WHERE name = 'Cadence Co'")" = 3 ] || fail "a's contact-every reached the server"
as a team share "Cadence Co" --with "$(login b)" >/dev/null
as b sync >/dev/null
expect_contains "$(as b customers show "Cadence Co" --json)" '"contact_every": "3"' "b pulled the interval"

losing() { # NAME: that member's losing-touch count on 2026-11-20 in the manager's report, then in their own week
  local r w
  r=$(as boss team report --week 2026-W47 --json | python3 -c "import json,sys; print([p['losing_touch'] for p in json.load(sys.stdin)['people'] if p['login']=='$(login "$1")'][0])")
  w=$(as "$1" week --week 2026-W47 --json | python3 -c "import json,sys; print(json.load(sys.stdin)['activity']['losing_touch'])")
  echo "$r $w"
}
# Last contact 2026-11-15, five days before: past its own 3 days (its tier alone would allow 30).
[ "$(losing a)" = "1 1" ] || fail "losing touch with contact-every 3 (report, a's week): $(losing a)"

# b changes it on the shared card: a gets it, and the card is no longer losing touch (5 days is not more than 5).
as b customers edit "Cadence Co" --contact-every 5 >/dev/null
as b sync >/dev/null; as a sync >/dev/null
expect_contains "$(as a customers show "Cadence Co" --json)" '"contact_every": "5"' "a pulled b's interval"
[ "$(losing a)" = "0 0" ] || fail "losing touch with contact-every 5 (report, a's week): $(losing a)"
# Cleared: the tier's 30 days again, on both machines and the server.
as a customers edit "Cadence Co" --contact-every "" >/dev/null
as a sync >/dev/null; as b sync >/dev/null
expect_contains "$(as b customers show "Cadence Co" --json)" '"contact_every": ""' "b pulled the cleared interval"
[ "$(server_value "SELECT coalesce(contact_every, '') || '/' || touch_interval FROM mustdo.customer WHERE name = 'Cadence Co'")" = "/30" ] \
  || fail "the server's interval after clearing"

# A database that joined before contact-every was synced (its card trigger without the field) sends the intervals it
# has set once its MustDo is upgraded, and the edits after.
as a customers add --name "Old Join Co" --contact-every 9 >/dev/null
as a sync >/dev/null
sqlite3 "$E2E_TMP/a/db.sqlite" "UPDATE customer SET contact_every = '' WHERE name = 'Old Join Co';
  DROP TRIGGER sync_customer_update; CREATE TRIGGER sync_customer_update AFTER UPDATE ON customer BEGIN SELECT 1; END;
  UPDATE customer SET contact_every = '12' WHERE name = 'Old Join Co';"
as a sync >/dev/null
[ "$(server_value "SELECT contact_every FROM mustdo.customer WHERE name = 'Old Join Co'")" = 12 ] || fail "an interval set before the upgrade is sent"
as a customers edit "Old Join Co" --contact-every 4 >/dev/null
as a sync >/dev/null
[ "$(server_value "SELECT contact_every FROM mustdo.customer WHERE name = 'Old Join Co'")" = 4 ] || fail "the trigger sends later edits"
echo "team contact-every ok"
