# [keys.<view>] rebinds keys of any view, and what the screen says follows the binding (footer, in-screen hints,
# help); an unknown view is a config error naming the views (issue 9, keys).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
"$MUSTDO_BIN" init --db "$db" --today 2026-11-16 >/dev/null
cfg="$E2E_TMP/keys.toml"
printf 'plan_on_first_start = false\n[keys.plan]\ncarry-over = ["C"]\n[keys.global]\nquit = ["Q"]\n[keys.help]\nback = ["x"]\n' > "$cfg"
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --config "$cfg" --today 2026-11-26
wait_for_text "Daily" 5
screen_text | tail -1 | grep -q "Q quit" || fail "the footer shows the rebound quit key"
tm send-keys -t main p; wait_for_text "Morning planning" 5
wait_for_text "C: carry over" 3
screen_text | tail -1 | grep -q "C carry over" || fail "planning's footer shows the rebound carry-over key"
tm send-keys -t main c; sleep 0.3
screen_text | grep -q "Carried over" && fail "the old key still carries over"
tm send-keys -t main '?'; wait_for_text "Keys · x or any other key closes" 3
expect_contains "$(screen_text)" "carry a leftover over to today" "help lists planning's commands"
tm send-keys -t main x; sleep 0.2
tm send-keys -t main q; sleep 0.3
[ -f "$E2E_TMP/exit" ] && fail "q still quits after quit was rebound to Q"
tm send-keys -t main Escape; sleep 0.2; tm send-keys -t main Q
wait_for_exit 3

printf '[keys.nosuch]\ntoggle = ["x"]\n' > "$E2E_TMP/bad.toml"
# In a pseudo-terminal (script), so that the screen would open.
set +e; out=$(TERM=xterm script -qec "$(printf '%q ' "$MUSTDO_BIN" --db "$db" --config "$E2E_TMP/bad.toml" --today 2026-11-26)" /dev/null </dev/null 2>&1); rc=$?; set -e
[ "$rc" = 78 ] || fail "an unknown view should exit 78 (got $rc: $out)"
expect_contains "$out" "keys.nosuch" "the error names the table"
expect_contains "$out" "routine-form" "the error lists the views"
