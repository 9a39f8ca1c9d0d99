# Resize to 60x20, to 30x8 and back: the layout follows, no garbage, no crash; while "terminal too small"
# shows, the notice is whole (not cut at 30 columns) and no key but quit acts (issue 9 item 5).
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=zh
db="$E2E_TMP/m.sqlite"
start_screen 160 50 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
wait_for_text "每年必做" 5
before=$(screen_text)
tm resize-window -t main -x 60 -y 20
wait_for_text "1 日" 5
small=$(screen_text)
echo "$small" | grep -q "每年必做" && fail "60 columns should show one pane with a tab strip"
tm resize-window -t main -x 30 -y 8
wait_for_text "至少需要" 5
notice=$(screen_text | tr -d ' \n')
expect_contains "$notice" "终端只有30x8,MustDo至少需要40x12。请放大窗口,或按q退出。" "the whole notice, wrapped"
# Keys that would change something unseen are ignored: Space would check the selected item, j move, s open a prompt.
tm send-keys -t main Space j j Space s x Enter
sleep 0.3
expect_contains "$(screen_text | tr -d ' \n')" "按q退出。" "the notice stays"
tm resize-window -t main -x 160 -y 50
wait_for_text "每年必做" 5
sleep 0.3
after=$(screen_text)
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "the screen after resizing back differs"; }
kill -0 "$(app_pid "$db")" || fail "the program died"
# Every line is exactly as wide as the terminal (Chinese counts two columns).
python3 - "$after" <<'PY' || fail "a line has the wrong display width"
import sys, unicodedata
for line in sys.argv[1].split("\n"):
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in line)
    if w > 160: print("too wide:", w, line); sys.exit(1)
PY
tm send-keys -t main q
wait_for_exit 3
