# The week review, morning planning, the journal, one-off tasks and focus from the shell, as a script would use them.
source "$(dirname "$0")/lib.sh"
export MUSTDO_DB="$E2E_TMP/week.sqlite" LANG=en_US.UTF-8
unset MUSTDO_TODAY MUSTDO_LANG || true
m() { "$MUSTDO_BIN" "$@"; }
py() { python3 -c "$1"; }

# A week of history: Monday to Wednesday, the first two items done each day, one skipped, the rest left open.
for day in 23 24 25; do
  m check 1 2 --today 2026-11-$day >/dev/null
  m skip 3 --reason "meeting" --today 2026-11-$day >/dev/null
done
m journal --today 2026-11-24 --plan "Visit Mr. Wang, then the outlets" >/dev/null
m journal --today 2026-11-24 --review "The route zigzagged" >/dev/null
# Scripts append lines, from an argument or from standard input.
m journal --today 2026-11-25 --review "Forgot to call Ms. Li back" --append >/dev/null
printf 'Called the depot\n' | m journal --today 2026-11-25 --review - --append >/dev/null
[ "$(m journal --today 2026-11-25 --date 2026-11-25)" = $'2026-11-25 Wednesday\n  Review: Forgot to call Ms. Li back\n          Called the depot' ] \
  || fail "appended review: $(m journal --today 2026-11-25)"
m journal --today 2026-11-25 --week next --plan "Quarterly customer files" >/dev/null

# A task added on Monday carries over to Thursday.
out=$(m add "call Mr. Wang back" --today 2026-11-23)
expect_contains "$out" "call Mr. Wang back  (task)" "add prints the task with its ref"
out=$(m today --today 2026-11-26)
expect_contains "$out" "call Mr. Wang back  (task, since 11-23)" "the task carries over"

# Thursday morning: planning shows Wednesday's leftovers with y-refs; carry one over and focus it.
plan=$(m plan --today 2026-11-26)
expect_contains "$plan" "Yesterday (2026-11-25 Wed) — 24 left open" "leftovers counted"
expect_contains "$plan" "y21 [✗] Fill in your work log carefully" "leftover listed with its y-ref"
expect_contains "$plan" "Forgot to call Ms. Li back" "yesterday's review"
ref=$(m add --carry y21 --today 2026-11-26 | awk 'NR==2 {print $1}')
[ -n "$ref" ] || fail "carry printed no ref"
m focus "$ref" --today 2026-11-26 >/dev/null
m today --json --today 2026-11-26 | py "import json,sys; d=json.load(sys.stdin); f=d['focus']; assert f==[$ref], f
items=[i for p in d['periods'] for i in p['items']]
t=[i for i in items if i['ref']==$ref][0]
assert t['kind']=='task' and t['focus'] is True and t['title']=='Fill in your work log carefully', t
assert sum(1 for i in items if i['kind']=='task')==2" || fail "today --json: focus and tasks"
out=$(m today --today 2026-11-26)
first_block=$(printf '%s\n' "$out" | sed -n 3p)
[ "$first_block" = "Focus (1/5)" ] || fail "the Focus block comes first, got '$first_block'"

# Five is the limit: the sixth is refused with one sentence and exit 64, and nothing changes.
m focus 1 2 3 4 --today 2026-11-26 >/dev/null
set +e; err=$(m focus 5 --today 2026-11-26 2>&1 >/dev/null); status=$?; set -e
[ $status -eq 64 ] || fail "sixth focus exit $status"
[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "one sentence: $err"
[ "$(m focus --json --today 2026-11-26 | py 'import json,sys; print(len(json.load(sys.stdin)["focus"]))')" = 5 ] || fail "focus count"

# The week review: grid, numbers, the journal, next week's plan; JSON for scripts; Markdown for the manager.
week=$(m week --today 2026-11-26)
expect_contains "$week" "Week 48 (2026-W48) · 2026-11-23 – 2026-11-29" "week header"
expect_contains "$week" "Mon   Tue   Wed   Thu   Fri   Sat   Sun" "weekday columns"
expect_contains "$week" "Quarterly customer files" "next week's plan"
m week --json --today 2026-11-26 | py "import json,sys; d=json.load(sys.stdin)
assert d['week']['key']=='2026-W48' and len(d['days'])==7
assert d['day_percent'][:3]==[7,7,7] and d['day_percent'][4:]==[None,None,None], d['day_percent']
r=[r for r in d['rows'] if r['routine']=='day-motivate'][0]
assert r['marks'][:3]==['done']*3 and r['current_streak']==3, r
assert [j['key'] for j in d['journal']]==['2026-11-24','2026-11-25']" || fail "week --json"
md=$(m week --markdown --today 2026-11-26)
expect_contains "$md" "# Weekly report: Week 48 (2026-W48)" "markdown title"
expect_contains "$md" "| This week | 7% | 7% | 7% |" "markdown day table (a skip is not done)"
expect_contains "$md" "- **Review:** The route zigzagged" "markdown journal"
mdzh=$(m week --markdown --lang zh --today 2026-11-26)
expect_contains "$mdzh" "# 工作周报:第 48 周 (2026-W48)" "Chinese markdown"
expect_contains "$mdzh" "- **复盘**:The route zigzagged" "Chinese journal labels"

# Last week and a week key of another week start.
expect_contains "$(m week --week last --today 2026-11-26)" "(no daily routines this week)" "before the history"
set +e; err=$(m week --week 2026-W48-sun --today 2026-11-26 2>&1); status=$?; set -e
[ $status -eq 64 ] || fail "foreign week key exit $status"
expect_contains "$err" "use 2026-W48." "the sentence names the key to use"

# Journal search finds both days, newest first.
out=$(m journal --search wang --today 2026-11-26)
expect_contains "$out" "1 journal entry contains 'wang'" "search count"
[ "$(sqlite3 "$MUSTDO_DB" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
echo "week-plan ok"
