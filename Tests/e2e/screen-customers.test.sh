# The customers screen in tmux: open with c and C, a pinyin search, a card, an edit, undo, an outside edit shown live, CJK alignment at 40x12.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=zh
db="$E2E_TMP/m.sqlite"
T="--today 2026-11-23"
m() { "$MUSTDO_BIN" "$@" --db "$db" $T; }
m init >/dev/null
m customers add --name 张三 --company 华兴贸易 --tier key --phone "138 0013 8000" >/dev/null
m customers add --name 李四 --company 长城电子 --status customer >/dev/null
m customers add --name "John Smith" --company Acme --tier general >/dev/null

printf '#!/bin/sh\nprintf "两台叉车\\n年底前交货\\n" > "$1"\n' > "$E2E_TMP/editor.sh"
chmod +x "$E2E_TMP/editor.sh"
export VISUAL="$E2E_TMP/editor.sh"
start_screen 80 24 "$MUSTDO_BIN" --db "$db" $T
wait_for_text "每日必做" 5
tm send-keys -t main c
wait_for_text "客户档案 · 3 张卡" 5
screen=$(screen_text)
expect_contains "$screen" "KH-2026-0001 张三" "the list"
# The columns line up by display width under Chinese names: the status column starts at the same column on every row.
python3 - "$screen" <<'PY' || fail "columns are aligned by display width"
import sys, unicodedata
def width(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
rows = [l for l in sys.argv[1].split("\n") if l.startswith(" KH-2026-")]
assert len(rows) == 3, rows
cols = set()
for r in rows:
    for word in ("准客户", "客户 "):
        if word in r:
            cols.add(width(r[: r.index(word)]))
            break
assert len(cols) == 1, (cols, rows)
PY
# A pinyin search narrows as it is typed.
tm send-keys -t main /
tm send-keys -t main -l zs
wait_for_text "3 张中的 1 张" 5
screen=$(screen_text)
expect_contains "$screen" "张三" "zs finds 张三"
case "$screen" in *"李四"*) fail "zs must not list 李四" ;; esac
# Open the card, edit the phone, save.
tm send-keys -t main Enter Enter
wait_for_text "KH-2026-0001  张三 · 华兴贸易" 5
tm send-keys -t main e
wait_for_text "编辑 KH-2026-0001 张三" 5
tm send-keys -t main Tab Tab Tab Tab Tab C-u
tm send-keys -t main -l "010-8888 6666"
tm send-keys -t main C-s
wait_for_text "已保存 KH-2026-0001 张三。" 5
wait_for_text "电话          010-8888 6666" 5
[ "$(m customers show 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["phone"])')" = "010-8888 6666" ] \
  || fail "the edit is committed"
# Undo: the phone comes back, on screen and in the database.
tm send-keys -t main u
wait_for_text "电话          138 0013 8000" 5
[ "$(m customers show 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["phone"])')" = "138 0013 8000" ] \
  || fail "the undo is committed"
# A multi-line field in $EDITOR (C-o): the editor's text comes back into the form, saved with C-s.
tm send-keys -t main e
wait_for_text "编辑 KH-2026-0001 张三" 5
tm send-keys -t main Tab Tab Tab Tab Tab Tab Tab
wait_for_text "可写多行" 5
tm send-keys -t main C-o
wait_for_text "需求状况      两台叉车 (另有 1 行)" 5
tm send-keys -t main C-s
wait_for_text "已保存 KH-2026-0001 张三。" 5
[ "$(m customers show 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["needs"])')" = $'两台叉车\n年底前交货' ] \
  || fail "the text from \$EDITOR is saved"
# Another shell edits the card: it shows up without a key press.
m customers edit KH-2026-0001 --email zs@example.com >/dev/null
wait_for_text "zs@example.com" 5
# C from the week review opens the list; Esc returns to the week.
# Esc peels one layer at a time: the card, the search, the list.
tm send-keys -t main Escape
wait_for_text "/ zs" 5
tm send-keys -t main Escape
wait_for_text "客户档案 · 3 张卡" 5
tm send-keys -t main Escape
wait_for_text "每日必做" 5
tm send-keys -t main w
wait_for_regex "周回顾|Week review" 5
tm send-keys -t main C
wait_for_text "客户档案" 5
tm send-keys -t main Escape
wait_for_regex "周回顾|Week review" 5
tm send-keys -t main Escape
sleep 0.3
tm send-keys -t main q
wait_for_exit 3
cleanup_tmux

# At 40x12 the list keeps number, name and completeness, a long name cut with an ellipsis, no wide character split.
m customers add --name 欧阳娜娜国际贸易集团华东大区采购中心 >/dev/null
rm -f "$E2E_TMP/exit"
start_screen 40 12 "$MUSTDO_BIN" --db "$db" $T
tm send-keys -t main C
wait_for_text "客户档案" 5
screen=$(screen_text)
expect_contains "$screen" "KH-2026-0004 欧阳娜娜…" "a long name ends in an ellipsis at 40 columns"
tm send-keys -t main q
wait_for_exit 3
