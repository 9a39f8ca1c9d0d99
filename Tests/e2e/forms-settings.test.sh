# Settings form (issue 9, item 8): an unknown theme and fiscal month 13 keep the form open with every value, the bad
# field explained in Chinese, nothing saved; fixing them saves everything at once.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=zh
db="$E2E_TMP/m.sqlite"
cfg="$E2E_TMP/config.toml"
printf '# 我的设置\nplan_on_first_start = false\n' > "$cfg"
cp "$cfg" "$E2E_TMP/config.before"
start_screen 120 40 "$MUSTDO_BIN" --db "$db" --config "$cfg" --today 2026-11-26
wait_for_text "每日必做" 5
tm send-keys -t main S
wait_for_text "设置 ·" 5
tm send-keys -t main C-u
tm send-keys -t main -l "sunday"
tm send-keys -t main Tab C-u
tm send-keys -t main -l "13"
tm send-keys -t main Tab Tab Tab Tab C-u
tm send-keys -t main -l "solarised"
tm send-keys -t main C-s
wait_for_text "没有名为“solarised”的主题" 5
screen=$(screen_text)
expect_contains "$screen" "请填 1–12 的月份数字" "fiscal month 13 is explained in Chinese"
expect_contains "$screen" "设置 ·" "the form is still open"
expect_contains "$screen" "sunday" "the user's week start is kept"
case "$screen" in *"--theme"*|*"no theme"*|*"use a month"*) fail "no flag and no English in the Chinese form: $screen" ;; esac
cmp -s "$cfg" "$E2E_TMP/config.before" || fail "nothing was saved while a field was wrong"
# Fix both (the cursor is on the first bad field, the fiscal month) and save with Enter.
tm send-keys -t main C-u
tm send-keys -t main -l "4"
tm send-keys -t main Tab Tab Tab Tab C-u
tm send-keys -t main -l "default"
tm send-keys -t main Enter
wait_for_text "设置已保存到 config.toml。" 5
grep -q 'week_start = "sunday"' "$cfg" || fail "the week start was saved"
grep -q 'fiscal_start_month = 4' "$cfg" || fail "the fiscal month was saved"
grep -q '# 我的设置' "$cfg" || fail "the comment was kept"
tm send-keys -t main q
wait_for_exit 3
