# From every view (home, help, week review, planning, journal editor, routine editor, routine form, retire confirmation,
# settings, each one-line prompt, the customer list, card and form, the visit form, the visits list, the ledger and its promise form, the period review, the sales ranking and its entry line, and the team report) SIGTERM, SIGHUP, SIGINT and Ctrl-C end the program within a second with the
# terminal restored (issue 9 item 1, issue 15 item 1). Text typed into a prompt and not saved is dropped and printed once
# on the restored terminal, as the decisions say.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
# view|keys to open it|text that shows it is open|text to type into it
views=(
  "home||Daily|"
  "help|?|Keys ·|"
  "week|w|Week review|"
  "plan|p|Morning planning|"
  "journal|r|Journal 2026-11-23|draft words"
  "routines|R|Routines ·|"
  "routine-form|R a|New routine|draft words"
  "retire|R d|Retire '|"
  "settings|S|Settings ·|x"
  "skip|s|Skip reason|draft words"
  "note|n|Note (|draft words"
  "task|a|New task for today|draft words"
  "filter|/|filter:|zz"
  "customers|c|Customers · 1 cards|"
  "customer-card|c Enter|KH-2026-0001  Alice|"
  "customer-form|c a|New customer|"
  "visit-form|v|Log a visit, call|"
  "visits|V|Visits · Visits: 0|"
  "ledger|o|Promises and commitments|"
  "promise-form|o a|Add a promise|"
  "review|M|Monthly report|"
  "sales|\$|Sales ranking|"
  "sales-entry|\$ a|sales, customer amount|draft words"
  "team|T|not joined a team|"
)
# One card, so the card view has something to open.
"$MUSTDO_BIN" customers add --name Alice --db "$db" --today 2026-11-23 >/dev/null || fail "customers add"
# Like start_screen, but the shell runs the program as a job of its own (set -m), as an interactive shell does, so that
# Ctrl-C (cbreak mode: SIGINT to the foreground job) reaches the program and not the shell that records its exit.
start_job() {
  local w=$1 h=$2; shift 2
  printf '%q ' "$@" > "$E2E_TMP/cmd"
  tm new-session -d -s main -x "$w" -y "$h" \
    "sh -c 'echo \$\$ > $E2E_TMP/pid; exec sh -mc \"$(cat "$E2E_TMP/cmd"); echo exit=\\\$? > $E2E_TMP/exit; stty -a > $E2E_TMP/stty; sleep 60\"'"
  wait_for_regex "MustDo|Morning planning" 10
}
base_socket=$TMUX_SOCKET; n=0
for entry in "${views[@]}"; do
  IFS='|' read -r view keys marker text <<<"$entry"
  for sig in TERM HUP INT C-c; do
    # A fresh tmux server per run: a server being killed can still take the next new-session.
    cleanup_tmux; n=$((n + 1)); TMUX_SOCKET="$base_socket-$n"
    rm -f "$E2E_TMP/exit" "$E2E_TMP/stty"
    start_job 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
    wait_for_text "Daily" 5
    for k in $keys; do tm send-keys -t main "$k"; sleep 0.1; done
    [ -n "$text" ] && tm send-keys -t main -l "$text"
    wait_for_text "$marker" 5
    case "$view" in skip|note|task|journal|routine-form|sales-entry) wait_for_text "draft words" 5 ;; filter) wait_for_text "filter: zz" 5 ;; settings) sleep 0.3 ;; esac
    start=$(date +%s%N)
    if [ "$sig" = C-c ]; then tm send-keys -t main C-c; else kill -"$sig" "$(app_pid "$db")"; fi
    i=0; while [ ! -f "$E2E_TMP/exit" ] && [ $i -lt 60 ]; do sleep 0.05; i=$((i + 1)); done
    [ -f "$E2E_TMP/exit" ] || { screen_text; fail "$view: the program did not exit within 3 s of $sig"; }
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    # The exit line is written before `stty -a` runs: wait for stty's output to be whole (its local flags come last).
    i=0; while ! grep -q 'echoctl' "$E2E_TMP/stty" 2>/dev/null && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
    [ "$ms" -lt 1000 ] || fail "$view: $sig took $ms ms"
    grep -Eq "(^| )icanon( |$)" "$E2E_TMP/stty" || fail "$view: terminal left without icanon after $sig ($(cat "$E2E_TMP/exit"); $(head -c 300 "$E2E_TMP/stty"))"
    grep -Eq '(^| )echo( |$)' "$E2E_TMP/stty" || fail "$view: terminal left without echo after $sig"
    [ "$(tm display -p -t main '#{alternate_on}')" = 0 ] || fail "$view: alternate screen still on after $sig"
    case "$view" in
      skip|note|task|journal)
        expect_contains "$(screen_text)" "it was not saved: draft words" "$view: the dropped draft is printed once" ;;
    esac
    pgrep -f -- "^$MUSTDO_BIN .*--db $db" >/dev/null && fail "$view: a process is left after $sig"
  done
done
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
# Nothing typed in a prompt was saved.
[ "$(sqlite3 "$db" "SELECT count(*) FROM occurrence WHERE note = 'draft words' OR skip_reason = 'draft words'")" = 0 ] || fail "a draft was saved"
