# The visit screens in tmux: log a visit from v with a pinyin customer pick, see it on the card's timeline and the
# last-contact column, mark a promise kept in the ledger (o) and undo it; each step checked in the database by the CLI.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=zh
db="$E2E_TMP/m.sqlite"
T="--today 2026-11-23"
m() { "$MUSTDO_BIN" "$@" --db "$db" $T; }
m init >/dev/null
m customers add --name 张三 --company 华兴贸易 --tier key >/dev/null
m customers add --name 李四 --company 长城电子 --status customer >/dev/null
m promise add 张三 --ours --what 送样品 --by 2026-11-25 >/dev/null
start_screen 80 24 "$MUSTDO_BIN" --db "$db" $T
wait_for_text "每日必做" 5
# v from the home screen; the customer by pinyin.
tm send-keys -t main v
wait_for_text "记录拜访、电话、消息或饭局" 5
tm send-keys -t main -l zs
wait_for_text "→ KH-2026-0001 张三 · 华兴贸易" 5
# A visit yesterday afternoon (never later than now, whatever the wall clock says), goal, result, the customer's action.
tm send-keys -t main Tab C-u
tm send-keys -t main -l "2026-11-22 16:00"
tm send-keys -t main Tab Tab
tm send-keys -t main -l "谈叉车订单"
tm send-keys -t main Tab Tab Tab Tab Tab
tm send-keys -t main -l "同意试用"
tm send-keys -t main Tab
tm send-keys -t main -l "签试用协议"
tm send-keys -t main Tab
tm send-keys -t main -l "2026-11-30"
tm send-keys -t main C-s
wait_for_text "已记录:KH-2026-0001 张三,2026-11-22 16:00(拜访)。" 5
[ "$(m visits --json | python3 -c 'import json,sys; d=json.load(sys.stdin); v=d if isinstance(d,list) else d["visits"]; print(len(v), v[0]["result"])')" = "1 同意试用" ] \
  || fail "the visit is committed"
# The customer list shows the last contact; the card's timeline shows the visit and its commitment.
tm send-keys -t main c
wait_for_text "最近联系" 5
wait_for_regex "KH-2026-0001 张三.*2026-11-22" 5
tm send-keys -t main Enter
wait_for_text "KH-2026-0001  张三 · 华兴贸易" 5
tm send-keys -t main G
wait_for_text "拜访:谈叉车订单 → 同意试用" 5
wait_for_text "客户行动承诺:签试用协议,期限 2026-11-30" 5
# o: the ledger; the first line is our promise due this week; x marks it kept.
tm send-keys -t main o
wait_for_text "承诺台账 · 双方 · 按日期" 5
wait_for_text "本周到期(1)" 5
tm send-keys -t main x
wait_for_text "已兑现:#1 送样品。" 5
m promise show 1 | grep -q "已兑现" || fail "keeping is committed"
# u undoes it, in the database too.
tm send-keys -t main u
wait_for_text "本周到期(1)" 5
m promise show 1 | grep -q "已兑现" && fail "the undo is committed"
# V: the visits list, with the tally; n (only visits without a customer action) leaves none.
tm send-keys -t main V
wait_for_text "拜访记录 · 共 1 次拜访:1 次推动了订单,0 次没有客户行动承诺" 5
wait_for_text "谈叉车订单 → 同意试用 · 客户行动承诺:签试用协议,期限 2026-11-30" 5
tm send-keys -t main n
wait_for_text "没有符合筛选条件的拜访" 5
tm send-keys -t main q
wait_for_exit 5
echo "ok"
