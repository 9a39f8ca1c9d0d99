# Planning (`p`) with the contact cadence and the greet list (issue 12): losing touch (most overdue first, cut at
# [plan] per_section with the command for the rest), no next step and who to greet, in the real binary under tmux;
# a greeting sent from another shell takes the customer off "losing touch" when planning is opened again.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
printf 'plan_on_first_start = false\n[plan]\nper_section = 2\n' > "$E2E_TMP/cadence-config.toml"
export MUSTDO_CONFIG="$E2E_TMP/cadence-config.toml"
db="$E2E_TMP/m.sqlite"
m() { "$MUSTDO_BIN" "$@" --db "$db" >/dev/null || fail "mustdo $*"; }
m init --today 2026-10-01
m customers add --name Alpha --tier key --status customer --today 2026-10-01
m customers add --name Bravo --tier important --status prospect --today 2026-10-01
m customers add --name Charlie --tier general --status customer --birthday 1980-11-28 --today 2026-10-01
m customers add --name Delta --tier key --status customer --today 2026-10-01
m promise add Delta --ours --what "send samples" --by 2026-12-05 --today 2026-10-01

start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-26
wait_for_text "Daily" 5
tm send-keys -t main p
wait_for_text "Losing touch (4)" 5
screen=$(screen_text)
expect_contains "$screen" "KH-2026-0001 Alpha · key · 49 d overdue" "the most overdue first"
expect_contains "$screen" "and 2 more: mustdo cadence --losing-touch" "the cut names the command for the rest"
expect_contains "$screen" "No next step (3)" "Delta's promise is a next step"
expect_contains "$screen" "To greet, next 7 days (1)" "the greet list"
expect_contains "$screen" "in 2 days  Birthday of KH-2026-0003" "Charlie's birthday (the line wraps before the name)"
# Greetings sent from another shell count as a contact: Charlie leaves the list when planning is opened again.
m greetings sent Charlie --occasion "Birthday" --today 2026-11-26
tm send-keys -t main p; wait_for_text "Daily" 5
tm send-keys -t main p; wait_for_text "Losing touch (3)" 5
tm send-keys -t main q; wait_for_exit 3
