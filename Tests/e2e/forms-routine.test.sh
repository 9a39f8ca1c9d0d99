# Routine form (issue 9, item 10): Chinese weekday names are accepted, Enter saves from any field as the footer says,
# a month for a weekly routine is explained on the month field, and the failure line goes after the save.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=zh
db="$E2E_TMP/m.sqlite"
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-26
wait_for_text "每日必做" 5
tm send-keys -t main 2 R
wait_for_text "例行事项 ·" 5
tm send-keys -t main a
wait_for_text "新建例行事项" 5
tm send-keys -t main -l "拜访张总"
tm send-keys -t main Tab Tab
tm send-keys -t main -l "星期五"
tm send-keys -t main Tab
tm send-keys -t main -l "2"
tm send-keys -t main Enter
wait_for_text "每周必做事项没有“周期内第几月”:请留空" 5
expect_contains "$(screen_text)" "有字段需要修改,未保存" "the failure is said"
tm send-keys -t main C-u Enter
wait_for_text "已保存例行事项“拜访张总”。" 5
case "$(screen_text)" in *"有字段需要修改"*) fail "the failure line stays after the save" ;; esac
tm send-keys -t main q
wait_for_exit 3
"$MUSTDO_BIN" routines list --db "$db" --today 2026-11-26 | grep "拜访张总" | grep -q "fri" || fail "the routine is due Friday: $("$MUSTDO_BIN" routines list --db "$db" --today 2026-11-26 | grep 拜访张总)"
# The console takes Chinese weekday names too.
for name in 周五 礼拜五; do
  "$MUSTDO_BIN" routines add --db "$db" --today 2026-11-26 --period week --title "周报 $name" --due "$name" >/dev/null \
    || fail "routines add --due $name"
done
"$MUSTDO_BIN" today --json --db "$db" --today 2026-11-26 | python3 -c '
import json, sys
d = json.load(sys.stdin)
week = [p for p in d["periods"] if p["kind"] == "week"][0]
dues = {i["title"]: i.get("due") for i in week["items"] if i["title"].startswith("周报")}
assert dues == {"周报 周五": "2026-11-27", "周报 礼拜五": "2026-11-27"}, dues
' || fail "the console's Chinese weekday rules fall due on Friday"
