# The customer search's pinyin against an independent romanisation (Python pypinyin): a few thousand
# generated names through `mustdo pinyin` (Tests/oracle/pinyin_oracle.py); then the command's bad input.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG MUSTDO_LANG || true
if ! python3 -c 'import pypinyin' 2>/dev/null; then
  python3 -m pip install --quiet pypinyin >&2 \
    || python3 -m pip install --quiet --break-system-packages pypinyin >&2 \
    || fail "pypinyin is missing and pip could not install it"
fi
MUSTDO_BIN="$MUSTDO_BIN" python3 "$(dirname "$0")/../oracle/pinyin_oracle.py" || fail "the pinyin oracle found mismatches (listed above)"
# What a user sees: full pinyin and initials, the surname reading first, the other readings after.
out=$("$MUSTDO_BIN" pinyin 张三 单田芳 --lang en)
expect_contains "$out" "张三  zhangsan  zs" "张三 is spelled"
expect_contains "$out" "单田芳  shantianfang  stf  (also dantianfang)" "a polyphonic surname shows both readings"
out=$("$MUSTDO_BIN" pinyin --match zs 张三 李四 赵四 --lang en)
[ "$out" = $'张三  zhangsan  zs\n赵四  zhaosi  zs' ] || fail "--match zs lists: $out"
# Bad input: one sentence, exit 64.
set +e
err=$("$MUSTDO_BIN" pinyin --format xml 张三 --lang zh 2>&1); rc=$?
set -e
[ $rc -eq 64 ] || fail "an unknown format exits $rc, not 64"
expect_contains "$err" "不认识输出格式“xml”" "an unknown format is explained in Chinese"
set +e
err=$("$MUSTDO_BIN" pinyin --lang en 2>&1); rc=$?
set -e
[ $rc -eq 64 ] || fail "no text exits $rc, not 64"
# A name of 10,000 characters is spelled, not refused or slowed to a crawl.
long=$(python3 -c 'print("张" * 10000)')
out=$("$MUSTDO_BIN" pinyin --format tsv "$long" --lang en | cut -f3)
[ ${#out} -eq 10000 ] || fail "a name of 10,000 characters has ${#out} initials"
