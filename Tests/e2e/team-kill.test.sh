#!/usr/bin/env bash
# Issue 13: a sync killed at any moment (SIGKILL of the client, a PostgreSQL restart) loses and duplicates
# nothing: the next sync completes it. The kill lands at different points of the sync (different delays); the
# assertions are about the end state only, never about timing.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/team-lib.sh"
member a rep; member boss manager
total=0
check_server() { # the cards on the server are exactly the ones made so far, once each
  local n d
  n=$(server_value "SELECT count(*) FROM mustdo.customer")
  d=$(server_value "SELECT count(DISTINCT name) FROM mustdo.customer")
  [ "$n" = "$total" ] && [ "$d" = "$total" ] || fail "$1: server has $n cards ($d distinct), expected $total"
}
batch=0
new_cards() { # N: N more cards on a's machine
  batch=$((batch + 1))
  python3 -c "import json; print(json.dumps([{'name': f'k$batch card {i}', 'notes': 'x' * 200} for i in range($1)]))" > "$E2E_TMP/k.json"
  as a customers import "$E2E_TMP/k.json" >/dev/null
  total=$((total + $1))
}
# SIGKILL exactly at the three points between the transactions (the process kills itself there): before the push,
# after the server committed the push but before the outbox knew (a lost reply), after fetching the pull.
for point in before-push after-push after-fetch; do
  new_cards 30
  as a customers edit "k$batch card 0" --phone 12345 >/dev/null
  set +e
  MUSTDO_TEST_SYNC_KILL=$point as a sync >/dev/null 2>&1; code=$?
  set -e
  [ $code = 137 ] || fail "the sync did not stop at $point (exit $code)"
  out=$(as a sync) || fail "the sync after a kill at $point failed"
  if [ "$point" = after-push ]; then expect_contains "$out" "had already reached the server" "a push retried after a lost reply is applied once"; fi
  check_server "after a kill at $point"
  expect_contains "$(as a team status)" "0 changes waiting" "outbox after a kill at $point"
done
# SIGKILL from outside at several moments of a sync.
for delay in 0.02 0.05 0.1 0.15 0.2 0.3 0.5; do
  new_cards 80
  as a sync >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  as a sync >/dev/null || fail "the sync after a kill at $delay s failed"
  check_server "after a kill at $delay s"
  expect_contains "$(as a team status)" "0 changes waiting" "outbox after a kill at $delay s"
done
# A server restart in the middle of a sync: that sync may fail with a sentence, the next one completes it.
for delay in 0.02 0.1 0.3; do
  new_cards 80
  set +e
  as a sync >"$E2E_TMP/out" 2>"$E2E_TMP/err" &
  pid=$!
  sleep "$delay"
  if [ -n "${MUSTDO_TEST_PG_DIR:-}" ]; then bash "$root/scripts/pg-test-cluster.sh" restart "$MUSTDO_TEST_PG_DIR"; fi
  wait "$pid"; code=$?
  set -e
  if [ $code != 0 ]; then
    case $code in 69|75) ;; *) fail "a sync cut by a restart ended with exit $code: $(cat "$E2E_TMP/err")" ;; esac
    [ "$(wc -l < "$E2E_TMP/err")" = 1 ] || fail "more than one sentence: $(cat "$E2E_TMP/err")"
  fi
  as a sync >/dev/null || fail "the sync after a restart failed"
  check_server "after a restart at $delay s"
done
# The manager's copy has every card once.
as boss sync >/dev/null
out=$(as boss customers list --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), len({c["name"] for c in d}))')
[ "$out" = "$total $total" ] || fail "the manager's machine has $out cards (count, distinct), expected $total"
echo "team kill ok"
