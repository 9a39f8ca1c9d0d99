#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the team tests: initdb into a temporary folder, a loopback port, TLS
# with a generated self-signed certificate (openssl) and SCRAM passwords; plain TCP is refused.
#   eval "$(bash scripts/pg-test-cluster.sh start)"   prints the exports the tests read (MUSTDO_TEST_PG …)
#   bash scripts/pg-test-cluster.sh stop DIR          stops it and removes the folder
#   bash scripts/pg-test-cluster.sh restart DIR       a server restart (the tests' "restart mid-sync")
# As root the server runs as the `postgres` user (initdb refuses root).
set -euo pipefail
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-}" in
start)
  [ -x "$bin/initdb" ] || { echo "pg-test-cluster: PostgreSQL 15 is not installed ($bin/initdb); apt-get install postgresql" >&2; exit 69; }
  dir=$(mktemp -d /tmp/mustdo-pg.XXXXXX)
  chmod 0700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  admin_pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$admin_pw" > "$dir/admin.pw"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
  chmod 0600 "$dir/server.key" "$dir/admin.pw"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/server.key" "$dir/server.crt" "$dir/admin.pw"
  run "$bin/initdb" -D "$dir/data" -U mustdo_admin --pwfile="$dir/admin.pw" --auth-local=scram-sha-256 \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  port=${PG_TEST_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
  cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
password_encryption = 'scram-sha-256'
fsync = on
max_connections = 120
CONF
  cat > "$dir/data/pg_hba.conf" <<HBA
local     all all               scram-sha-256
hostssl   all all 127.0.0.1/32  scram-sha-256
hostnossl all all 0.0.0.0/0     reject
HBA
  run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
  printf '127.0.0.1:%s:*:mustdo_admin:%s\n' "$port" "$admin_pw" > "$dir/admin.pgpass"
  chmod 0600 "$dir/admin.pgpass"
  # Readable by the tests, which run as the invoking user.
  [ "$(id -u)" = 0 ] && chown root: "$dir/admin.pgpass"
  PGPASSFILE="$dir/admin.pgpass" psql "host=127.0.0.1 port=$port dbname=postgres user=mustdo_admin sslmode=verify-full sslrootcert=$dir/server.crt" \
    -qAtc "CREATE DATABASE mustdo_team" >/dev/null
  echo "export MUSTDO_TEST_PG_DIR='$dir'"
  echo "export MUSTDO_TEST_PG='host=127.0.0.1 port=$port dbname=mustdo_team sslmode=verify-full sslrootcert=$dir/server.crt'"
  echo "export MUSTDO_TEST_PG_ADMIN=mustdo_admin"
  echo "export MUSTDO_TEST_PG_ADMIN_PASSFILE='$dir/admin.pgpass'"
  ;;
stop)
  dir=${2:-${MUSTDO_TEST_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir" ] || exit 0
  run "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
restart)
  dir=${2:-${MUSTDO_TEST_PG_DIR:-}}
  run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null
  ;;
*) echo "usage: pg-test-cluster.sh start | stop DIR | restart DIR" >&2; exit 64 ;;
esac
