# The customer file's vCard export read by independent programs: Python's vobject parses every card of the
# CLI's export (3.0 and 4.0) with the mapped fields, and khard lists the exported folder; the folder read back
# by `customers import` gives the same cards. Files 0600 and folders 0700 under a permissive umask.
source "$(dirname "$0")/lib.sh"
export MUSTDO_DB="$E2E_TMP/private/customers.sqlite" LANG=en_US.UTF-8 USER=rep
unset MUSTDO_TODAY MUSTDO_LANG || true
T="--today 2026-11-27"
m() { "$MUSTDO_BIN" "$@"; }

if ! python3 -c 'import vobject' 2>/dev/null; then
  python3 -m pip install --quiet vobject >&2 \
    || python3 -m pip install --quiet --break-system-packages vobject >&2 \
    || fail "vobject is missing and pip could not install it"
fi
command -v khard >/dev/null || fail "khard is missing: install the khard package (apt-get install khard)"

umask 000
m customers add --name 张三 --company "华为, 技术" --phone "+86 138 0013 8000" --email zhang@huawei.example \
  --address "深圳市南山区科技园" --birthday lunar:1990-L05-13 --tag vip --tag 展会 --hobbies $'golf\ntea' \
  --person 王总:decision-maker --person "李四:buyer:reports to 王总" --notes $'likes tea\nand golf' --tier key $T >/dev/null
m customers add --name "John Smith" --company "Acme Ltd" --email john@acme.example --birthday 1975-12-31 --status customer $T >/dev/null
m customers add --name 欧阳娜娜 --phone "139 1234 5678" $T >/dev/null

for v in 3.0 4.0; do
  out="$E2E_TMP/export-$v"
  m customers export --format vcf --version "$v" --output "$out.vcf" $T >/dev/null
  m customers export --format vcf --version "$v" --output "$out/" $T >/dev/null
  [ "$(stat -c %a "$out.vcf")" = 600 ] || fail "the $v file is $(stat -c %a "$out.vcf"), not 600, under umask 000"
  [ "$(stat -c %a "$out")" = 700 ] || fail "the $v folder is $(stat -c %a "$out"), not 700"
  for f in "$out"/*.vcf; do [ "$(stat -c %a "$f")" = 600 ] || fail "$f is not 600"; done

  # vobject: every card, with the fields MustDo mapped to standard properties.
  python3 - "$out.vcf" "$v" <<'PY' || fail "vobject did not read MustDo's vCard $v as written (above)"
import sys, vobject
text = open(sys.argv[1], encoding="utf-8").read()
cards = list(vobject.readComponents(text))
assert len(cards) == 3, len(cards)
by = {c.fn.value: c for c in cards}
z = by["张三"]
assert z.version.value == sys.argv[2], z.version.value
org = z.org.value
assert org == ["华为, 技术"], org
assert z.tel.value == "+86 138 0013 8000" and z.email.value == "zhang@huawei.example"
assert z.adr.value.street == "深圳市南山区科技园", z.adr.value
assert z.note.value == "likes tea\nand golf", repr(z.note.value)
assert sorted(z.categories.value) == ["vip", "展会"], z.categories.value
assert z.bday.value in ("1990-07-05", "19900705"), z.bday.value   # the lunar birthday's solar day
assert z.contents["x-mustdo-lunar-bday"][0].value == "1990-L05-13"
assert [h.value for h in z.contents["hobby"]] == ["golf", "tea"]
people = {r.value: r.params.get("X-MUSTDO-ROLE", [""])[0] for r in z.contents["related"]}
assert people == {"王总": "decision-maker", "李四": "buyer"}, people
assert z.contents["x-mustdo-tier"][0].value == "key" and z.contents["x-mustdo-number"][0].value == "KH-2026-0001"
assert len(z.uid.value) == 36
n = by["欧阳娜娜"].n.value
assert n.family == "欧阳" and n.given == "娜娜", (n.family, n.given)
assert by["John Smith"].n.value.family == "Smith"
PY

  # khard lists the folder: every contact, with its phone and e-mail.
  home="$E2E_TMP/khard-$v"
  mkdir -p "$home/config/khard"
  cat >"$home/config/khard/khard.conf" <<EOF
[addressbooks]
[[mustdo]]
path = $out

[general]
debug = no
default_action = list
editor = true
merge_editor = true

[vcard]
skip_unparsable = no
preferred_version = $v
EOF
  listed=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" khard list --parsable 2>&1) \
    || fail "khard could not list MustDo's vCard $v folder: $listed"
  [ "$(printf '%s\n' "$listed" | wc -l)" = 3 ] || fail "khard listed other than 3 contacts: $listed"
  # khard shows a name as "given family" from N: 张三 is "三 张", 欧阳娜娜 (a compound surname) "娜娜 欧阳".
  expect_contains "$listed" "三 张" "khard lists 张三 with N split after the surname"
  expect_contains "$listed" "John Smith" "khard lists John Smith"
  expect_contains "$listed" "娜娜 欧阳" "khard lists 欧阳娜娜 with the compound surname"
  khard_() { LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" khard "$@" 2>&1; }
  expect_contains "$(khard_ phone --parsable)" "+86 138 0013 8000" "khard shows the phone"
  expect_contains "$(khard_ email --parsable)" "john@acme.example" "khard shows the e-mail"
  bdays=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" khard birthdays --parsable 2>&1)
  expect_contains "$bdays" "1990.07.05" "khard shows the lunar birthday's solar day"

  # The folder read back into a new file gives the same cards.
  other="$E2E_TMP/other-$v.sqlite"
  MUSTDO_DB="$other" m customers import "$out" $T >/dev/null || fail "the $v folder could not be imported back"
  [ "$(MUSTDO_DB="$other" m customers export --format json $T)" = "$(m customers export --format json $T)" ] \
    || fail "the $v folder read back differs from the customer file"
done
echo "customers-exchange: ok"
