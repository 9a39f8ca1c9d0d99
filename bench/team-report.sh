#!/usr/bin/env bash
# The manager's `mustdo team report` on a synthetic team of 500 reps with a year of data each (200 cards, 750
# contacts, 300 promises with 600 events, 1,000 history lines, a completion summary per day and week): wall time of
# the whole command (connect over TLS, one query, print JSON), 6 runs, each with its parts (MUSTDO_TEAM_TRACE: settings,
# connect with libpq's loading, TLS and SCRAM, the report query's round trip, printing). Uses the test cluster of
# scripts/pg-test-cluster.sh (started here unless MUSTDO_TEST_PG is set) and a database of its own.
#   bash bench/team-report.sh            (build first: swift build -c release, or MUSTDO_BIN=…)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${MUSTDO_BIN:-$root/.build/release/mustdo}
[ -x "$bin" ] || bin=$root/.build/debug/mustdo
own=""
if [ -z "${MUSTDO_TEST_PG:-}" ]; then eval "$(bash "$root/scripts/pg-test-cluster.sh" start)"; own=$MUSTDO_TEST_PG_DIR; fi
work=$(mktemp -d)
db=mustdo_bench_report_$$
cleanup() {
  PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=postgres} user=$MUSTDO_TEST_PG_ADMIN" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  [ -n "$own" ] && bash "$root/scripts/pg-test-cluster.sh" stop "$own"
  rm -rf "$work"
}
trap cleanup EXIT
admin="${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=postgres} user=$MUSTDO_TEST_PG_ADMIN"
server="${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=$db}"
export PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE
psql "$admin" -qc "CREATE DATABASE $db"
"$bin" team init --server "$server user=$MUSTDO_TEST_PG_ADMIN" >/dev/null
echo "generating the data (about a minute)…"
psql "$server user=$MUSTDO_TEST_PG_ADMIN" -q -v ON_ERROR_STOP=1 -f "$root/bench/team-report-data.sql"
login="boss_$$"
printf 'boss-secret\n' | "$bin" team add-member "$login" --role manager --team big --server "$server user=$MUSTDO_TEST_PG_ADMIN" >/dev/null
port=$(sed 's/.*port=\([0-9]*\).*/\1/' <<<"$MUSTDO_TEST_PG")
printf '127.0.0.1:%s:*:%s:boss-secret\n' "$port" "$login" > "$work/pgpass"; chmod 0600 "$work/pgpass"
export PGPASSFILE=$work/pgpass MUSTDO_DB=$work/db.sqlite MUSTDO_CONFIG=$work/config.toml MUSTDO_LANG=en
"$bin" team join --server "$server" --user "$login" >/dev/null
for i in 1 2 3 4 5 6; do
  t=$(date +%s%N)
  MUSTDO_TEAM_TRACE=1 "$bin" team report --week 2026-W30 --today 2026-07-30 --json >/dev/null 2>"$work/trace.$i"
  echo "team report --week 2026-W30 (500 reps): $(( ($(date +%s%N) - t) / 1000000 )) ms wall; parts (ms): $(awk '$1 == "mustdo-trace" { printf "%s %s ", $2, $3 }' "$work/trace.$i")"
done
