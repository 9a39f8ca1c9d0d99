#!/usr/bin/env bash
# Team sync figures on a loopback PostgreSQL (issue 13, "Scale"): a team of REPS salespeople with a year of data
# generated on the server (bench/team-gen.sql), of which CLIENTS are real logins with their own MustDo; then
#   1. a rep's daily sync: 50 field edits (25 cards x 2 fields, 100 changes with their history lines: issue 13's
#      "about 100 changes"; it pushed 200 before t11-push-write-check) pushed, and the team's day pulled (every generated colleague changed 50 fields, some of them on cards shared with the rep);
#   2. the manager's weekly report (`mustdo team report --week …`);
#   3. CLIENTS reps syncing at once, LOOPS rounds (a bounded loop), then every card and change counted on the server.
#   bash bench/team.sh [BIN]          BIN defaults to .build/release/mustdo (then .build/debug/mustdo)
# It starts its own throw-away cluster (scripts/pg-test-cluster.sh) on port BENCH_PG_PORT (default 55434) and stops
# it at the end. Sizes: REPS (500), CLIENTS (50), ROUNDS timed runs (10), LOOPS concurrent rounds (3), CARDS per real
# rep (40), YEAR_CARDS (100) and YEAR_HISTORY (600) per generated salesperson. Targets: sync < 100 ms, report < 200 ms.
# Each timed command also runs with MUSTDO_TEAM_TRACE=1: the median of each of its parts (libpq load, connect with TLS
# and SCRAM, each round trip, the local SQLite work; start-up = whole less the parts) is printed under its figure, and
# the server's planning and execution time per statement (pg_stat_statements, nested statements of push included) of
# the daily syncs. KEEP=1 leaves the cluster and the team running and prints how to use and stop them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-}
[ -n "$bin" ] || { bin=$root/.build/release/mustdo; [ -x "$bin" ] || bin=$root/.build/debug/mustdo; }
REPS=${REPS:-500}; CLIENTS=${CLIENTS:-50}; ROUNDS=${ROUNDS:-10}; LOOPS=${LOOPS:-3}; CARDS=${CARDS:-40}
YEAR_CARDS=${YEAR_CARDS:-100}; YEAR_HISTORY=${YEAR_HISTORY:-600}; YEAR=2026; WEEK=2026-W47
[ "$REPS" -ge "$CLIENTS" ] || { echo "team.sh: REPS ($REPS) must be at least CLIENTS ($CLIENTS)" >&2; exit 64; }
[ "$CARDS" -ge 25 ] || { echo "team.sh: CARDS ($CARDS) must be at least 25: the daily sync edits 25 cards" >&2; exit 64; }
eval "$(PG_TEST_PORT=${BENCH_PG_PORT:-55434} bash "$root/scripts/pg-test-cluster.sh" start)"
own=$MUSTDO_TEST_PG_DIR
work=$(mktemp -d /tmp/mustdo-team-bench.XXXXXX)
cleanup() { rm -rf "$work"; bash "$root/scripts/pg-test-cluster.sh" stop "$own"; }
if [ "${KEEP:-0}" = 1 ]; then
  trap 'echo "kept: the cluster in $own, the team in $work; as a member: source $work/env.sh; as r1 sync (a shell function);
stop with: bash $root/scripts/pg-test-cluster.sh stop $own; rm -rf $work"' EXIT
else
  trap cleanup EXIT
fi
port=$(sed 's/.*port=\([0-9]*\).*/\1/' <<<"$MUSTDO_TEST_PG")
server=$MUSTDO_TEST_PG
# Per-statement server times (planning included) for the parts figures: pg_stat_statements, loaded at server start.
PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "$server user=$MUSTDO_TEST_PG_ADMIN" -qAtc "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
bash "$root/scripts/pg-test-cluster.sh" restart "$own"
PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "$server user=$MUSTDO_TEST_PG_ADMIN" -qAt -c "CREATE EXTENSION pg_stat_statements" \
  -c "ALTER SYSTEM SET pg_stat_statements.track = 'all'" -c "ALTER SYSTEM SET pg_stat_statements.track_planning = on" -c "SELECT pg_reload_conf()" >/dev/null
sql() { PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "$server user=$MUSTDO_TEST_PG_ADMIN" -v ON_ERROR_STOP=1 -qAt "$@"; }
admin() { PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE "$bin" "$@"; }
admin team init --server "$server user=$MUSTDO_TEST_PG_ADMIN" >/dev/null
tag="b$$"
as() { local n=$1; shift; HOME="$work/$n" PGPASSFILE="$work/$n/pgpass" MUSTDO_DB="$work/$n/db.sqlite" MUSTDO_CONFIG="$work/$n/config.toml" MUSTDO_LANG=en MUSTDO_TODAY=2026-11-20 "$bin" "$@"; }
member() {
  mkdir -p "$work/$1"
  printf 'pw-%s\n' "$1" | admin team add-member "${tag}_$1" --role "$2" --server "$server user=$MUSTDO_TEST_PG_ADMIN" >/dev/null
  printf '127.0.0.1:%s:*:%s_%s:pw-%s\n' "$port" "$tag" "$1" "$1" > "$work/$1/pgpass"; chmod 600 "$work/$1/pgpass"
  as "$1" team join --server "$server" --user "${tag}_$1" >/dev/null
}
cat > "$work/env.sh" <<ENV
export MUSTDO_TEST_PG='$MUSTDO_TEST_PG' MUSTDO_TEST_PG_DIR='$own' MUSTDO_TEST_PG_ADMIN='$MUSTDO_TEST_PG_ADMIN' MUSTDO_TEST_PG_ADMIN_PASSFILE='$MUSTDO_TEST_PG_ADMIN_PASSFILE'
as() { local n=\$1; shift; HOME="$work/\$n" PGPASSFILE="$work/\$n/pgpass" MUSTDO_DB="$work/\$n/db.sqlite" MUSTDO_CONFIG="$work/\$n/config.toml" MUSTDO_LANG=en MUSTDO_TODAY=2026-11-20 "$bin" "\$@"; }
sql() { PGPASSFILE=$MUSTDO_TEST_PG_ADMIN_PASSFILE psql "$server user=$MUSTDO_TEST_PG_ADMIN" -v ON_ERROR_STOP=1 -qAt "\$@"; }
tag=$tag
ENV
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
stats() { # label values…: median, min, max
  local label=$1; shift
  local sorted; sorted=$(printf '%s\n' "$@" | sort -n)
  echo "$label ($# runs): median $(sed -n "$(( ($# + 1) / 2 ))p" <<<"$sorted") ms, min $(head -1 <<<"$sorted") ms, max $(tail -1 <<<"$sorted") ms; all: $*"
}
parts() { # trace files…: the median of each part, in the order of the first file; "outside" = whole less the parts
  # (process start-up before the first mark, the disconnect and exit after the last)
  awk 'FNR == 1 { f++ } $1 == "mustdo-trace" && $2 != "whole" { if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } v[$2, f] = $3; sum[f] += $3 }
       $1 == "mustdo-trace" && $2 == "whole" { w[f] = $3 }
       END { order[++n] = "outside"; for (j = 1; j <= f; j++) v["outside", j] = w[j] - sum[j]
             order[++n] = "whole"; for (j = 1; j <= f; j++) v["whole", j] = w[j]
             for (i = 1; i <= n; i++) { k = order[i]; m = 0; for (j = 1; j <= f; j++) a[j] = v[k, j] + 0
               for (x = 1; x <= f; x++) for (y = x + 1; y <= f; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
               printf "%s%s %.1f", (i > 1 ? ", " : ""), k, a[int((f + 1) / 2)] }
             print " ms (median of each part, " f " runs)" }' "$@"
}
echo "PostgreSQL $(psql --version | cut -d' ' -f3) over TLS on 127.0.0.1:$port (SCRAM), binary $bin, load $(cut -d' ' -f1-3 /proc/loadavg)"

# The team: a manager and CLIENTS real reps with CARDS cards each; REPS - CLIENTS more generated on the server.
t=$(date +%s%N); pids=()
member boss manager
rep() {
  member "r$1" rep
  python3 -c "import json; print(json.dumps([{'name': f'r$1 card {k}', 'phone': str(1000 + k)} for k in range($CARDS)]))" > "$work/r$1/cards.json"
  as "r$1" customers import "$work/r$1/cards.json" >/dev/null
  as "r$1" sync >/dev/null
}
for i in $(seq 1 "$CLIENTS"); do
  rep "$i" & pids+=($!)
  if [ $((i % 8)) = 0 ] || [ "$i" = "$CLIENTS" ]; then for p in "${pids[@]}"; do wait "$p"; done; pids=(); fi
done
echo "set-up: a manager and $CLIENTS reps joined and synced in $(ms "$t") ms"
t=$(date +%s%N)
sql -v tag="$tag" -v team=main -v reps=$((REPS - CLIENTS)) -v cards="$YEAR_CARDS" -v history="$YEAR_HISTORY" -v year=$YEAR -f "$root/bench/team-gen.sql"
# Ten colleagues share two cards each with r1, so r1's daily pull brings their changes.
sql -c "INSERT INTO mustdo.share (scope, grantee, owner, team)
        SELECT md5(format('%s_s%s', '$tag', lpad(g::text, 3, '0')) || ':c:' || k)::uuid, '${tag}_r1', format('%s_s%s', '$tag', lpad(g::text, 3, '0')), 'main'
        FROM generate_series(1, least(10, $REPS - $CLIENTS)) g, generate_series(1, 2) k"
echo "generated $((REPS - CLIENTS)) salespeople with a year each in $(ms "$t") ms: $(sql -c "SELECT format('%s cards, %s history lines, %s completion rows, %s field clocks, %s changes; database %s',
  (SELECT count(*) FROM mustdo.customer), (SELECT count(*) FROM mustdo.customer_history), (SELECT count(*) FROM mustdo.completion),
  (SELECT count(*) FROM mustdo.field_clock), (SELECT count(*) FROM mustdo.change), pg_size_pretty(pg_database_size(current_database())))")"
as r1 sync >/dev/null  # the shared cards arrive once
# (No manager sync: it would copy the whole team's year to the manager's laptop; the report reads the server's views.)

# 1. A rep's daily sync.
day() { # the team's day: every generated colleague changes 50 fields of 25 cards (r1's shared ones among them)
  sql -c "UPDATE mustdo.field_clock SET value = to_jsonb('day $1'::text), at = now(), seq = nextval('mustdo.change_seq')
          WHERE entity = 'customer' AND field IN ('notes', 'phone') AND uid IN (
            SELECT md5(format('%s_s%s', '$tag', lpad(g::text, 3, '0')) || ':c:' || k)::uuid FROM generate_series(1, $REPS - $CLIENTS) g, generate_series(1, 25) k)"
}
times=(); pulled=""
# The server's own time in the sync's functions (wall inside the backend: less load-bound than the whole process).
sql -c "ALTER ROLE ${tag}_r1 SET track_functions = 'all'" >/dev/null
sql -c "SELECT pg_stat_statements_reset()" >/dev/null
for r in $(seq 1 "$ROUNDS"); do
  day "$r"
  for k in $(seq 0 24); do as r1 customers edit "r1 card $k" --phone "1$r$k$k" --notes "round $r" >/dev/null; done
  t=$(date +%s%N); out=$(MUSTDO_TEAM_TRACE=1 as r1 sync 2>"$work/sync-trace.$r"); times+=("$(ms "$t")")
  echo "mustdo-trace whole ${times[-1]}" >> "$work/sync-trace.$r"
  pulled=$out
done
stats "1. a rep's daily sync, 50 field edits (100 changes with history) pushed and the team's day pulled, whole process" "${times[@]}"
echo "   last: $pulled"
echo "   parts: $(parts "$work"/sync-trace.*)"
echo "   server, per statement of the rep's syncs (pg_stat_statements: planning mean, execution mean / min / max ms, calls; top 12 by total):"
sql -F ' | ' -c "SELECT round((total_plan_time / greatest(calls, 1))::numeric, 2),
    round((total_exec_time / greatest(calls, 1))::numeric, 2) || ' / ' || round(min_exec_time::numeric, 2) || ' / ' || round(max_exec_time::numeric, 2), calls,
    left(regexp_replace(query, '\s+', ' ', 'g'), 110)
  FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = '${tag}_r1'
  ORDER BY total_plan_time + total_exec_time DESC LIMIT 12" | sed 's/^/     /'
sleep 1
echo "   server, per sync: $(sql -c "SELECT string_agg(format('%s %s ms', funcname, round((total_time / calls)::numeric, 1)), ', ' ORDER BY funcname)
  FROM pg_stat_user_functions WHERE schemaname = 'mustdo' AND funcname IN ('push', 'note_sync')") (pg_stat_user_functions, mean of $ROUNDS)"

# 2. The manager's weekly report over the whole team.
times=()
for r in $(seq 1 "$ROUNDS"); do
  t=$(date +%s%N); MUSTDO_TEAM_TRACE=1 as boss team report --week "$WEEK" >/dev/null 2>"$work/report-trace.$r"; times+=("$(ms "$t")")
  echo "mustdo-trace whole ${times[-1]}" >> "$work/report-trace.$r"
done
stats "2. the manager's weekly report for $REPS salespeople ($WEEK), whole process" "${times[@]}"
echo "   parts: $(parts "$work"/report-trace.*)"
echo "   people in the report: $(as boss team report --week "$WEEK" --json | grep -o '"login"' | wc -l)"

# 3. All real reps at once, LOOPS rounds: each edits 5 cards (20 fields, 40 changes with history), then all sync together.
counted="SELECT count(*) FROM mustdo.change WHERE author LIKE '${tag}\_r%' AND entity IN ('customer', 'customer_history')"
before=$(sql -c "$counted")
total=0; failed=0
for l in $(seq 1 "$LOOPS"); do
  for i in $(seq 1 "$CLIENTS"); do for k in 0 1 2 3 4; do
    as "r$i" customers edit "r$i card $k" --notes "together $l" --phone "100$k$l" --grade "g$l" --address "a$l" >/dev/null
  done; done
  t=$(date +%s%N); pids=()
  for i in $(seq 1 "$CLIENTS"); do timeout 300 env HOME="$work/r$i" PGPASSFILE="$work/r$i/pgpass" MUSTDO_DB="$work/r$i/db.sqlite" \
    MUSTDO_CONFIG="$work/r$i/config.toml" MUSTDO_LANG=en MUSTDO_TODAY=2026-11-20 "$bin" sync >"$work/r$i/out" 2>&1 & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
  total=$(( total + $(ms "$t") ))
done
after=$(sql -c "$counted")  # the cards' changes (period summaries may come along, and are not counted)
cards=$(sql -c "SELECT count(*) || ' ' || count(DISTINCT name) || ' ' || count(*) FILTER (WHERE notes = 'together $LOOPS') FROM mustdo.customer WHERE owner LIKE '${tag}\_r%'")
changes=$((after - before))
echo "3. $CLIENTS reps syncing at once, $LOOPS rounds: $total ms of syncing in all, $failed failed, $changes card changes applied (at least $((CLIENTS * LOOPS * 40)) expected),"
echo "   $(( changes * 1000 / (total > 0 ? total : 1) )) changes/s; server cards (all, distinct, last edit): $cards (expected $((CLIENTS * CARDS)) $((CLIENTS * CARDS)) $((CLIENTS * 5)))"
# Nothing lost: every change sent is on the server (a client may send a few more, e.g. a card's whole row again),
# every card is there once with its last edit.
[ "$failed" = 0 ] && [ "$changes" -ge $((CLIENTS * LOOPS * 40)) ] && [ "$cards" = "$((CLIENTS * CARDS)) $((CLIENTS * CARDS)) $((CLIENTS * 5))" ]
