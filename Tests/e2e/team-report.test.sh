#!/usr/bin/env bash
# Issue 13: `mustdo team report` — per person, routine completion by period, contacts and those that won a customer
# action, promises kept and broken both ways, customers won and lost, and cards losing touch — read from the
# server's views, and equal to what each rep's own MustDo shows (`mustdo week`, `mustdo visits`, `mustdo promise list`).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member boss manager
r1=$(login a); r2=$(login b)
refs() { as "$1" today --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(' '.join(str(i['ref']) for p in d['periods'] if p['kind']=='$2' for i in p['items']))"; }

# Rep a: three daily items done, one skipped, two weekly done, one monthly done; contacts, promises, a card won.
set -- $(refs a day); as a check "$1" "$2" "$3" >/dev/null; as a skip "$4" --reason "on the road" >/dev/null
set -- $(refs a week); as a check "$1" "$2" >/dev/null
set -- $(refs a month); as a check "$1" >/dev/null
as a customers add --name "Alpha Ltd" --tier key >/dev/null
as a customers add --name "Quiet Co" --tier general >/dev/null
as a customers add --name "Secret Friend" >/dev/null
as a team private "Secret Friend" >/dev/null
as a visit "Alpha Ltd" --at "2026-11-18 10:00" --goal trial --result agreed --commit "sign trial" --by 2026-11-25 >/dev/null
as a visit "Alpha Ltd" --at "2026-11-19 15:00" --kind call --goal "check in" --result "no answer" >/dev/null
as a visit "Alpha Ltd" --at "2026-11-10 09:00" --goal "first visit" --result met >/dev/null  # the week before
as a visit "Secret Friend" --at "2026-11-19 18:00" --kind meal --goal dinner --result "private" >/dev/null
as a promise add "Alpha Ltd" --ours --what "send quote" --by 2026-11-21 >/dev/null   # 2
as a promise add "Alpha Ltd" --ours --what "send samples" --by 2026-11-21 >/dev/null # 3
as a promise keep 2 >/dev/null; as a promise break 3 >/dev/null; as a promise keep 1 >/dev/null
as a customers edit "Alpha Ltd" --status customer >/dev/null
# Rep b: one daily item done; a contact that won an action; the customer's promise broken; a card lost.
set -- $(refs b day); as b check "$1" >/dev/null
as b customers add --name "Beta Co" --tier important >/dev/null
as b visit "Beta Co" --at "2026-11-17 11:00" --goal pitch --result "will test" --commit "run a test" --by 2026-11-19 >/dev/null
as b promise break 1 >/dev/null
as b customers edit "Beta Co" --status lost --lost-reason "went elsewhere" >/dev/null
for m in a b boss; do as "$m" sync >/dev/null || fail "sync of $m"; done

report=$(as boss team report --week 2026-W47 --json) || fail "the manager's report"
line() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(json.dumps([p for p in d['people'] if p['login']==sys.argv[2]][0], sort_keys=True))" "$report" "$1"; }
[ "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["start"], d["end"], sorted(p["login"] for p in d["people"]))' "$report")" \
  = "2026-11-16 2026-11-22 ['$r1', '$r2', '$(login boss)']" ] || fail "the report's period and people: $report"

# Each rep's line equals their own MustDo's figures for the week.
for m in a b; do
  got=$(line "$(login $m)")
  want=$(python3 - "$(as $m week --week 2026-W47 --json)" "$(as $m visits --from 2026-11-16 --to 2026-11-22 --json)" \
      "$(as $m visits --from 2026-11-16 --to 2026-11-22 --no-action --json)" "$(as $m promise list --all --json)" "$(sqlite3 "$E2E_TMP/$m/db.sqlite" "SELECT customer_id FROM sync_private")" <<'PY'
import json, sys
week, visits, noaction, promises = (json.loads(x) for x in sys.argv[1:5])
private = {int(x) for x in sys.argv[5].split()}
w = week["weekly_summary"]
marks = [m for r in week["rows"] for m in r["marks"]]
shared = [v for v in visits["visits"] if v["customer_id"] not in private]
quiet = [v for v in noaction["visits"] if v["customer_id"] not in private]
def settled(direction, action):
    return sum(1 for p in promises if p["direction"] == direction and p["customer_id"] not in private
               for e in p["history"] if e["action"] == action and "2026-11-16" <= e["at"][:10] <= "2026-11-22")
print(json.dumps({"period": {"done": w["done"], "skipped": w["skipped"], "missed": w["missed"], "total": w["total"]},
                  "days_done": marks.count("done"), "days_skipped": marks.count("skipped"),
                  "visits": len(shared), "visits_with_action": len(shared) - len(quiet),
                  "ours": [settled("ours", "kept"), settled("ours", "broken")], "theirs": [settled("theirs", "kept"), settled("theirs", "broken")]},
                 sort_keys=True))
PY
)
  got_cmp=$(python3 -c "import json,sys; p=json.loads(sys.argv[1]); print(json.dumps({'period': p['period'], 'days_done': p['days']['done'], 'days_skipped': p['days']['skipped'], 'visits': p['visits'], 'visits_with_action': p['visits_with_action'], 'ours': [p['promises']['ours']['kept'], p['promises']['ours']['broken']], 'theirs': [p['promises']['theirs']['kept'], p['promises']['theirs']['broken']]}, sort_keys=True))" "$got")
  [ "$got_cmp" = "$want" ] || fail "the manager's report for $m ($got_cmp) differs from $m's own figures ($want)"
done
# The figures themselves (so that the comparison above cannot pass on two empty reports).
# (Period and days done include the routines the visits count toward since routine links; the manager's line equals the rep's own week above.)
a_line=$(line "$r1"); b_line=$(line "$r2")
[ "$(python3 -c "import json,sys; p=json.loads(sys.argv[1]); print(p['period']['done'], p['days']['done'], p['days']['skipped'], p['visits'], p['visits_with_action'], p['promises']['ours']['kept'], p['promises']['ours']['broken'], p['promises']['theirs']['kept'], p['won'], p['lost'], p['losing_touch'])" "$a_line")" \
  = "3 4 1 2 1 1 1 1 1 0 0" ] || fail "rep a's line: $a_line"
[ "$(python3 -c "import json,sys; p=json.loads(sys.argv[1]); print(p['days']['done'], p['visits'], p['visits_with_action'], p['promises']['theirs']['broken'], p['won'], p['lost'])" "$b_line")" \
  = "2 1 1 1 0 1" ] || fail "rep b's line: $b_line"
# The month: a's monthly item.
# a's monthly items done, as the manager sees them and as a's own month review counts them (the monthly kind's row).
month_done=$(as boss team report --month 2026-11 --json | python3 -c "import json,sys; print([p['period']['done'] for p in json.load(sys.stdin)['people'] if p['login']=='$r1'][0])")
own_done=$(as a review --month 2026-11 --json | python3 -c "import json,sys; print([c['summary']['done'] for c in json.load(sys.stdin)['completion'] if c['kind']=='month'][0])")
[ "$month_done" = "$own_done" ] && [ "$month_done" -ge 1 ] || fail "the monthly report: the manager sees $month_done monthly items done, a's own review $own_done"

# Losing touch, counted on the last day of the week 2026-W48 (seen on 2026-12-05): Alpha (key, 7 days) was last
# contacted on 2026-11-19, ten days before; Quiet Co (general, 30 days) was made on 2026-11-20; Beta Co is lost.
w48=$(as boss --today 2026-12-05 team report --week 2026-W48 --json)
[ "$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['as_of'], {p['login']: p['losing_touch'] for p in d['people']}['$r1'], {p['login']: p['losing_touch'] for p in d['people']}['$r2'])" "$w48")" \
  = "2026-11-29 1 0" ] || fail "losing touch in 2026-W48: $w48"

# A rep's report shows only themselves (the views run under the reader's row-level security).
[ "$(as b team report --week 2026-W47 --json | python3 -c 'import json,sys; print([p["login"] for p in json.load(sys.stdin)["people"]])')" = "['$r2']" ] || fail "a rep's report shows only themselves"
# Text and Markdown: the same table.
out=$(as boss team report --week 2026-W47)
expect_contains "$out" "Team report for the week 2026-W47 (2026-11-16 – 2026-11-22)" "text title"
expect_contains "$out" "losing touch" "text headings"
grep -Eq "^$r1 +3/19 16% +4/27 15% +2 +1 +1/1 +1/0 +1 +0 +0\$" <<<"$out" || fail "rep a's text row: $out"
out=$(as boss team report --week 2026-W47 --markdown)
expect_contains "$out" "| person | routines | daily | contacts | won action |" "markdown header"
expect_contains "$out" "| $r2 | " "markdown row"
out=$(as boss team report --week 2026-W47 --lang zh); expect_contains "$out" "团队汇总" "Chinese title"

# Mistakes: one sentence, exit 64.
set +e
as boss team report --week 2026-11 2>"$E2E_TMP/err" >/dev/null; code=$?
set -e
[ "$code" = 64 ] || fail "a month key for --week: exit $code"
expect_contains "$(cat "$E2E_TMP/err")" "is not a key for --week: give one like 2026-W47" "bad key sentence"
[ "$(wc -l <"$E2E_TMP/err")" = 1 ] || fail "more than one line: $(cat "$E2E_TMP/err")"
# Joining again (a new password, another login) replaces the [team] table written by the first join, comment and all.
as b team join --server "$SERVER" --user "$r2" >/dev/null || fail "joining a second time"
[ "$(grep -c '^\[team\]' "$E2E_TMP/b/config.toml")" = 1 ] || fail "a second join wrote a second [team] table: $(cat "$E2E_TMP/b/config.toml")"
as b team report --week 2026-W47 --json >/dev/null || fail "the config after a second join"
# Losing touch in a past week, for cards contacted since (the report looks their last contact on or before the
# week's last day up): rep c's cards, counted on 2026-11-15 (2026-W46). Old Friend (key, 7 days, made 1 October) was
# last contacted on 20 October before that day: losing. Kept Up (key) was contacted on 12 November: not losing. Never
# Since (general, 30 days, made 1 October) had no contact before: 45 days since it was made, losing. Brand New (key,
# made 12 November) had none either: 3 days, not losing. Backdated (key, made 14 November) has a contact dated
# 1 September, before it was made: 75 days, losing. Far Apart (its own 60 days, made 1 October) was contacted on
# 20 September: 56 days, not losing. Each was contacted again after the week, and the figure must not move.
member c rep; r3=$(login c)
cc() { HOME="$E2E_TMP/c" PGPASSFILE="$E2E_TMP/c/pgpass" MUSTDO_DB="$E2E_TMP/c/db.sqlite" MUSTDO_CONFIG="$E2E_TMP/c/config.toml" \
       LANG=C.UTF-8 MUSTDO_LANG=en "$MUSTDO_BIN" "$@"; }
cc --today 2026-10-01 customers add --name "Old Friend" --tier key >/dev/null
cc --today 2026-10-01 customers add --name "Kept Up" --tier key >/dev/null
cc --today 2026-10-01 customers add --name "Never Since" --tier general >/dev/null
cc --today 2026-11-12 customers add --name "Brand New" --tier key >/dev/null
cc --today 2026-11-14 customers add --name "Backdated" --tier key >/dev/null
cc --today 2026-10-01 customers add --name "Far Apart" --tier key --contact-every 60 >/dev/null
for v in "Old Friend|2026-10-20" "Kept Up|2026-11-12" "Backdated|2026-09-01" "Far Apart|2026-09-20" \
         "Old Friend|2026-11-18" "Kept Up|2026-11-19" "Never Since|2026-11-19" "Brand New|2026-11-19" "Backdated|2026-11-19" "Far Apart|2026-11-19"; do
  cc --today 2026-11-20 visit "${v%%|*}" --at "${v##*|} 10:00" --goal "keep in touch" --result met >/dev/null || fail "visit $v"
done
as c sync >/dev/null || fail "sync of c"
w46=$(as boss --today 2026-11-30 team report --week 2026-W46 --json)
[ "$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['as_of'], {p['login']: p['losing_touch'] for p in d['people']}['$r3'])" "$w46")" \
  = "2026-11-15 3" ] || fail "losing touch in the past week 2026-W46: $w46"
echo "team report ok"
