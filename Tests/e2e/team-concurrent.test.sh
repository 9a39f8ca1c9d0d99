#!/usr/bin/env bash
# Issue 13: three reps syncing at the same moment, each with new cards and edits, then a manager: every card
# arrives once, nothing is lost, nothing is duplicated.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member b rep; member c rep; member boss manager
for m in a b c; do
  python3 -c "import json,sys; print(json.dumps([{'name': f'$m card {i}', 'phone': str(1000 + i)} for i in range(60)]))" > "$E2E_TMP/$m.json"
  as "$m" customers import "$E2E_TMP/$m.json" >/dev/null
done
# Three rounds: all three sync at once, then each edits some of its cards.
for round in 1 2 3; do
  pids=()
  for m in a b c; do as "$m" sync > "$E2E_TMP/$m.out" 2>&1 & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || fail "a concurrent sync failed: $(cat "$E2E_TMP"/*.out)"; done
  for m in a b c; do as "$m" customers edit "$m card $round" --notes "round $round" >/dev/null; done
done
for m in a b c; do as "$m" sync >/dev/null; done
as boss sync >/dev/null
[ "$(server_value "SELECT count(*) FROM mustdo.customer")" = 180 ] || fail "server cards: $(server_value "SELECT count(*) FROM mustdo.customer")"
[ "$(server_value "SELECT count(DISTINCT name) FROM mustdo.customer")" = 180 ] || fail "duplicated cards on the server"
[ "$(server_value "SELECT count(*) FROM mustdo.change c1 JOIN mustdo.change c2 ON c1.change_id = c2.change_id AND c1.seq < c2.seq")" = 0 ] || fail "a change applied twice"
[ "$(server_value "SELECT count(*) FROM mustdo.customer WHERE notes LIKE 'round %'")" = 9 ] || fail "edits lost"
out=$(as boss customers list --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), len({c["name"] for c in d}))')
[ "$out" = "180 180" ] || fail "the manager's machine has $out cards (count, distinct)"
for m in a b c; do
  expect_contains "$(as "$m" team status)" "0 changes waiting" "$m has nothing pending"
done
echo "team concurrent ok"
