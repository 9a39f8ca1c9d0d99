#!/usr/bin/env bash
# Team sync figures on a loopback PostgreSQL (issue 13): a rep's daily sync of about 100 changes, the manager's
# weekly report, and CLIENTS reps syncing at once (a bounded loop) with nothing lost.
#   bash bench/team.sh [BIN]          BIN defaults to .build/release/mustdo (then .build/debug/mustdo)
# Uses MUSTDO_TEST_PG when set (.ci/run, or eval "$(bash scripts/pg-test-cluster.sh start)"), else starts a cluster.
# CLIENTS (default 50), ROUNDS (default 10) and CARDS per rep (default 40) size it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-}
[ -n "$bin" ] || { bin=$root/.build/release/mustdo; [ -x "$bin" ] || bin=$root/.build/debug/mustdo; }
CLIENTS=${CLIENTS:-50}; ROUNDS=${ROUNDS:-10}; CARDS=${CARDS:-40}
own=""
if [ -z "${MUSTDO_TEST_PG:-}" ]; then eval "$(bash "$root/scripts/pg-test-cluster.sh" start)"; own=$MUSTDO_TEST_PG_DIR; fi
work=$(mktemp -d /tmp/mustdo-team-bench.XXXXXX)
db="mustdo_bench_$$"
cleanup() {
  PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=postgres} user=$MUSTDO_TEST_PG_ADMIN" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"; [ -z "$own" ] || bash "$root/scripts/pg-test-cluster.sh" stop "$own"
}
trap cleanup EXIT
port=$(sed 's/.*port=\([0-9]*\).*/\1/' <<<"$MUSTDO_TEST_PG")
PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=postgres} user=$MUSTDO_TEST_PG_ADMIN" -qc "CREATE DATABASE $db"
server="${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=$db}"
admin() { PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE "$bin" "$@"; }
admin team init --server "$server user=$MUSTDO_TEST_PG_ADMIN" >/dev/null
tag="b$$"
as() { local n=$1; shift; HOME="$work/$n" PGPASSFILE="$work/$n/pgpass" MUSTDO_DB="$work/$n/db.sqlite" MUSTDO_CONFIG="$work/$n/config.toml" MUSTDO_LANG=en "$bin" "$@"; }
member() {
  mkdir -p "$work/$1"
  printf 'pw-%s\n' "$1" | admin team add-member "${tag}_$1" --role "$2" --server "$server user=$MUSTDO_TEST_PG_ADMIN" >/dev/null
  printf '127.0.0.1:%s:*:%s_%s:pw-%s\n' "$port" "$tag" "$1" "$1" > "$work/$1/pgpass"; chmod 600 "$work/$1/pgpass"
  as "$1" team join --server "$server" --user "${tag}_$1" >/dev/null
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
member boss manager
for i in $(seq 1 "$CLIENTS"); do
  member "r$i" rep
  python3 -c "import json; print(json.dumps([{'name': f'r$i card {k}', 'phone': str(1000 + k)} for k in range($CARDS)]))" > "$work/r$i/cards.json"
  as "r$i" customers import "$work/r$i/cards.json" >/dev/null
  as "r$i" sync >/dev/null
done
echo "team: $CLIENTS reps with $CARDS cards each and a manager on $(psql --version | head -1 | cut -d' ' -f3) over TLS, binary $bin"
# A rep's daily sync: 100 field edits (25 cards × 4 fields), 200 changes with their history lines.
times=()
for r in $(seq 1 "$ROUNDS"); do
  for k in $(seq 0 24); do as r1 customers edit "r1 card $k" --phone "1$r$k$k" --notes "round $r" --grade "g$r" --address "street $r" >/dev/null; done
  t=$(date +%s%N); as r1 sync >/dev/null; times+=("$(ms "$t")")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n); median=$(sed -n "$(( (ROUNDS + 1) / 2 ))p" <<<"$sorted")
echo "daily sync of 100 field edits (200 changes with their history lines; whole process, $ROUNDS runs): median ${median} ms, all: ${times[*]}"
# The manager's weekly report.
as boss sync >/dev/null
times=()
for r in $(seq 1 "$ROUNDS"); do t=$(date +%s%N); as boss team report >/dev/null; times+=("$(ms "$t")"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n); median=$(sed -n "$(( (ROUNDS + 1) / 2 ))p" <<<"$sorted")
echo "manager's weekly report (whole process, $ROUNDS runs): median ${median} ms"
# All reps at once: each edits 20 fields and syncs, in parallel.
for i in $(seq 1 "$CLIENTS"); do for k in 0 1 2 3 4; do as "r$i" customers edit "r$i card $k" --notes "together" --phone "100$k" --grade g --address a >/dev/null; done; done
t=$(date +%s%N); pids=()
for i in $(seq 1 "$CLIENTS"); do as "r$i" sync >"$work/r$i/out" 2>&1 & pids+=($!); done
failed=0; for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
elapsed=$(ms "$t")
cards=$(PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "$server user=$MUSTDO_TEST_PG_ADMIN" -qAtc "SELECT count(*) || ' ' || count(DISTINCT name) || ' ' || count(*) FILTER (WHERE notes = 'together') FROM mustdo.customer WHERE owner LIKE '${tag}_r%'")
echo "$CLIENTS syncs at once: $elapsed ms in all, $failed failed, $(( CLIENTS * 20 * 1000 / (elapsed > 0 ? elapsed : 1) )) changes/s; server cards (all, distinct, edited): $cards (expected $((CLIENTS * CARDS)) $((CLIENTS * CARDS)) $((CLIENTS * 5)))"
[ "$failed" = 0 ] && [ "$cards" = "$((CLIENTS * CARDS)) $((CLIENTS * CARDS)) $((CLIENTS * 5))" ]
