# No terminal, TERM=dumb: one sentence pointing to `mustdo today`, a non-zero exit, no database created.
source "$(dirname "$0")/lib.sh"
db="$E2E_TMP/never.sqlite"
out=$("$MUSTDO_BIN" --db "$db" </dev/null 2>&1 >/dev/null) && fail "no tty must fail"
expect_contains "$out" "mustdo today" "no-tty message"
set +e
TERM=dumb script -qec "$MUSTDO_BIN --db $db" /dev/null > "$E2E_TMP/dumb.txt" 2>&1
set -e
grep -q "TERM=dumb" "$E2E_TMP/dumb.txt" || { cat "$E2E_TMP/dumb.txt"; fail "TERM=dumb message"; }
[ ! -e "$db" ] || fail "a refused screen must not create the database"
