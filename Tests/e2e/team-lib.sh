# Helpers for the team tests (sourced after lib.sh): a real PostgreSQL with TLS and SCRAM, one fresh database per
# test, members with their own MustDo database, config and pgpass file.
# The cluster comes from MUSTDO_TEST_PG (started by .ci/run); outside CI without one, the test starts its own with
# scripts/pg-test-cluster.sh and stops it at the end. In CI (CI set) a missing cluster fails the test.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TEAM_OWN_CLUSTER=""
team_cleanup() {
  if [ -n "${TEAM_DB:-}" ]; then admin_psql postgres -qc "DROP DATABASE IF EXISTS $TEAM_DB WITH (FORCE)" >/dev/null 2>&1 || true; fi
  if [ -n "$TEAM_OWN_CLUSTER" ]; then bash "$root/scripts/pg-test-cluster.sh" stop "$TEAM_OWN_CLUSTER" || true; fi
  cleanup_tmux
}
trap team_cleanup EXIT
if [ -z "${MUSTDO_TEST_PG:-}" ]; then
  [ -n "${CI:-}" ] && fail "MUSTDO_TEST_PG is not set: .ci/run starts the PostgreSQL test cluster (scripts/pg-test-cluster.sh)"
  command -v psql >/dev/null 2>&1 || fail "psql is missing: apt-get install postgresql libpq-dev"
  eval "$(bash "$root/scripts/pg-test-cluster.sh" start)" || fail "could not start a PostgreSQL test cluster"
  TEAM_OWN_CLUSTER=$MUSTDO_TEST_PG_DIR
fi
PG_PORT=$(sed 's/.*port=\([0-9]*\).*/\1/' <<<"$MUSTDO_TEST_PG")
# The server of this test: its own database, so tests do not see each other's rows.
TEAM_DB="mustdo_t_$(basename "$0" .test.sh | tr -c 'a-z0-9\n' '_')_$$"
SERVER="${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=$TEAM_DB}"
admin_psql() { # DBNAME psql-args…
  local db=$1; shift
  PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "${MUSTDO_TEST_PG/dbname=mustdo_team/dbname=$db} user=$MUSTDO_TEST_PG_ADMIN" -v ON_ERROR_STOP=1 "$@"
}
admin_psql postgres -qc "CREATE DATABASE $TEAM_DB" >/dev/null
ADMIN_SERVER="$SERVER user=$MUSTDO_TEST_PG_ADMIN"
# Role names are cluster-wide: each test prefixes its members with a tag of its own.
TAG="t$$"
admin() { PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE "$MUSTDO_BIN" "$@"; }
admin team init --server "$ADMIN_SERVER" >/dev/null
# member NAME ROLE [TEAM]: a login (password on standard input) and a MustDo of their own that has joined.
member() {
  local name=$1 role=$2 team=${3:-main} login="${TAG}_$1"
  mkdir -p "$E2E_TMP/$name"
  printf 'pw-%s-secret\n' "$login" | admin team add-member "$login" --role "$role" --team "$team" --server "$ADMIN_SERVER" >/dev/null
  printf '127.0.0.1:%s:*:%s:pw-%s-secret\n' "$PG_PORT" "$login" "$login" > "$E2E_TMP/$name/pgpass"
  chmod 0600 "$E2E_TMP/$name/pgpass"
  as "$name" team join --server "$SERVER" --user "$login" >/dev/null
}
login() { echo "${TAG}_$1"; }
# as NAME mustdo-args…: runs MustDo as that member (their database, config and pgpass file).
as() {
  local name=$1; shift
  HOME="$E2E_TMP/$name" PGPASSFILE="$E2E_TMP/$name/pgpass" MUSTDO_DB="$E2E_TMP/$name/db.sqlite" \
    MUSTDO_CONFIG="$E2E_TMP/$name/config.toml" MUSTDO_TODAY=2026-11-20 LANG=C.UTF-8 MUSTDO_LANG=en "$MUSTDO_BIN" "$@"
}
# member_psql NAME SQL: psql logged in as that member (their own password, TLS), one value per line.
member_psql() {
  PGPASSFILE="$E2E_TMP/$1/pgpass" psql "$SERVER user=$(login "$1")" -qAt -v ON_ERROR_STOP=1 -c "$2"
}
server_value() { admin_psql "$TEAM_DB" -qAt -c "$1"; }
