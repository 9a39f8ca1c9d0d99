# Routines that count real work, in the real screen: a greeting logged from another terminal counts toward the linked
# daily item while the checklist is open (live refresh), the count moves from 0/5 to 1/5, and the selected item names
# the customer in its bottom line.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" --db "$db" --today 2026-11-25 customers add --name "Zhang San" >/dev/null
start_screen 160 50 "$MUSTDO_BIN" --db "$db" --today 2026-11-25
wait_for_regex "When customers start work.* 0/5 " 5
"$MUSTDO_BIN" --db "$db" --today 2026-11-25 visit "Zhang San" --kind message --as greeting --goal "good morning" --result "replied" >/dev/null \
  || fail "logging the greeting failed"
# The screen notices the other process's commit and reads the checklist again.
wait_for_regex "When customers start work.* 1/5 " 5
# Selecting the item shows who counted toward it.
tm send-keys -t main j j j j j j
wait_for_text "by Zhang San" 5
# The message also counts as a call or message, done at its target of 1.
tm send-keys -t main q
wait_for_exit 3
grep -q "exit=0" "$E2E_TMP/exit" || fail "exit status $(cat "$E2E_TMP/exit")"
out=$("$MUSTDO_BIN" --db "$db" --today 2026-11-25 today)
expect_contains "$out" "Call or text a customer  (1/1 Zhang San)" "today names the customer beside the count"
expect_contains "$out" "courtesy greeting  (1/5 Zhang San)" "the greeting counts 1 of 5"
