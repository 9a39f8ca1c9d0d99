# The review and sales screens in tmux: M opens the month's report (routines, sales against the plan, the ranking,
# customers), 4 switches to the quarter, $ opens the sales ranking with the 80% line; a figure typed there (a
# mistake first: refused in one sentence with the text kept) is committed and shown, checked by the CLI.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
T="--today 2026-11-27"
m() { "$MUSTDO_BIN" "$@" --db "$db" $T; }
m init >/dev/null
m customers add --name Zhang --tier key >/dev/null
m customers add --name Acme >/dev/null
m customers add --name Wang >/dev/null
m sales add Zhang --month 2026-11 --amount 60000 >/dev/null
m sales add Acme --month 2026-11 --amount 30000 >/dev/null
m sales add Wang --month 2026-11 --amount 10000 >/dev/null
m sales add Zhang --month 2026-10 --amount 50000 >/dev/null
m sales plan 2026-11 200000 >/dev/null
m visit Zhang --goal order --result agreed --commit "sign the order" --by 2026-11-30 --at "2026-11-23 10:00" >/dev/null
start_screen 80 24 "$MUSTDO_BIN" --db "$db" $T
wait_for_text "Daily" 5
tm send-keys -t main M
wait_for_text "Monthly report · November 2026" 5
wait_for_text "Routines" 5
# Scroll down to the sales and the customers.
tm send-keys -t main C-f
wait_for_regex "Plan: +200,000.00: 50.0% reached" 5
tm send-keys -t main C-f
wait_for_regex "Visits that won an action: +1 of 1" 5
# The quarter, then back to the month.
tm send-keys -t main 4
wait_for_text "Quarterly summary · 2026 Q4" 5
tm send-keys -t main 3
wait_for_text "Monthly report · November 2026" 5
# The ranking from the review.
tm send-keys -t main '$'
wait_for_text "Sales ranking 2026-11" 5
wait_for_regex "1 +KH-2026-0001 Zhang +60,000.00" 5
wait_for_text "80% line: the top 2 customers" 5
# A mistake first: no amount. One sentence, the line stays open with the text.
tm send-keys -t main a
wait_for_text "customer amount [volume]" 5
tm send-keys -t main -l "Wang"
tm send-keys -t main Enter
wait_for_text "Type the customer, then the amount" 5
tm send-keys -t main -l " 45000 3"
tm send-keys -t main Enter
wait_for_text "Added 45,000.00 to KH-2026-0003 Wang for 2026-11" 5
wait_for_regex "2 +KH-2026-0003 Wang +55,000.00" 5
[ "$(m sales --month 2026-11 --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([r["amount"] for r in d["rows"] if r["name"]=="Wang"][0])')" = "55000" ] \
  || fail "the figure is committed"
# An unknown customer: refused, nothing added, the line opens again with the text.
tm send-keys -t main a
tm send-keys -t main -l "Nobody 5"
tm send-keys -t main Enter
wait_for_text "Nobody 5" 5
tm send-keys -t main Escape
wait_for_text "Sales ranking 2026-11" 5
sleep 0.2
[ "$(m sales --month 2026-11 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" = "145000" ] || fail "nothing added for an unknown customer"
# Back to the review, back home, quit.
tm send-keys -t main Escape
wait_for_text "Monthly report · November 2026" 5
sleep 0.2
tm send-keys -t main Escape
# Home again: the report's title is gone (its table also says "Daily", so that word alone proves nothing; and q
# right after Esc could be read as Alt-q).
i=0; while screen_text | grep -qF "Monthly report" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
screen_text | grep -qF "Monthly report" && fail "Esc goes back home"
wait_for_text "Daily" 5
sleep 0.2
tm send-keys -t main q
wait_for_exit 5
