# Faults of files and data (issue 15, items 4, 9, 10, 11, 12), table-driven like bad-input.test.sh: every refusal is
# one "mustdo: …" line on stderr naming the thing, the documented exit code, nothing on stdout, and no file of the
# case changed, created or left behind (sha256 of the database and its -wal/-shm/-journal, before and after).
# Files that never end run under `timeout`, so a regression fails instead of eating the machine's memory.
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG || true
export LANG=C.UTF-8 MUSTDO_LANG=en XDG_CONFIG_HOME="$E2E_TMP/noconfig"
mkdir -p "$XDG_CONFIG_HOME"
day=2026-11-23
cases="$E2E_TMP/cases"; mkdir -p "$cases"
mounts=()
cleanup() {
  cleanup_tmux
  chattr -i "$cases"/*/* 2>/dev/null || true
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
good="$E2E_TMP/good.sqlite"
"$MUSTDO_BIN" init --db "$good" --today $day >/dev/null
"$MUSTDO_BIN" today --db "$good" --today $day >/dev/null
fresh() { mkdir -p "$cases/$1"; echo "$cases/$1"; }
total=0; passed=0; failed=0; skipped=0
row() { printf '%-5s %-3s %-50s %s\n' "$1" "$2" "$3" "$4"; }
skip() { skipped=$((skipped + 1)); row skip - "$1" "$2"; }
ok() { total=$((total + 1)); passed=$((passed + 1)); row ok "$1" "$2" "$3"; }
bad() { total=$((total + 1)); failed=$((failed + 1)); row FAIL "$1" "$2" "$3"; }

# hashes FILE… → one line per file and its -wal/-shm/-journal: sha256 and size, or "absent".
hashes() {
  local f s
  for f in "$@"; do
    for s in "" -wal -shm -journal; do
      if [ -d "$f$s" ]; then echo "$f$s dir $(ls -A "$f$s" | tr '\n' ' ')"
      elif [ -e "$f$s" ]; then echo "$f$s $(sha256sum < "$f$s" | cut -c1-16) $(stat -c %s "$f$s")"
      else [ -n "$s" ] || echo "$f absent"; fi
    done
  done
}

# expect NAME CODE TEXT [WATCHED FILE…] -- COMMAND…   (TEXT must be in the message, case-insensitive; "!TEXT" must not be)
expect() {
  local name=$1 code=$2 text=$3; shift 3
  local watched=()
  while [ "$1" != "--" ]; do watched+=("$1"); shift; done; shift
  local before after rc problems=""
  before=$(hashes "${watched[@]}")
  set +e; timeout 30 "$@" </dev/null >"$E2E_TMP/out" 2>"$E2E_TMP/err"; rc=$?; set -e
  after=$(hashes "${watched[@]}")
  local msg; msg=$(head -1 "$E2E_TMP/err")
  [ "$rc" -eq "$code" ] || problems+="exit $rc, expected $code; "
  [ "$(wc -l < "$E2E_TMP/err")" -eq 1 ] || problems+="$(wc -l < "$E2E_TMP/err") lines on stderr; "
  case "$msg" in "mustdo: "*) ;; *) problems+="the message does not start with 'mustdo: '; " ;; esac
  local t
  IFS='|' read -ra wanted <<< "$text"
  for t in "${wanted[@]}"; do
    case "$t" in
      !*) ! grep -qiF -- "${t#!}" "$E2E_TMP/err" || problems+="the message says '${t#!}'; " ;;
      *) grep -qiF -- "$t" "$E2E_TMP/err" || problems+="the message does not say '$t'; " ;;
    esac
  done
  [ ! -s "$E2E_TMP/out" ] || problems+="stdout is not empty; "
  [ "$before" = "$after" ] || problems+="files changed: $(diff <(echo "$before") <(echo "$after") | grep '^[<>]' | tr '\n' ' ' || true)"
  if [ -z "$problems" ]; then ok "$rc" "$name" "$msg"; else bad "$rc" "$name" "$problems"; sed 's/^/        stderr: /' "$E2E_TMP/err" | head -3; fi
}

echo "== files that never end (item 4)"
d=$(fresh devzero); cp "$good" "$d/db.sqlite"
expect "--config /dev/zero" 78 "/dev/zero is a device|not a regular file" "$d/db.sqlite" -- "$MUSTDO_BIN" today --config /dev/zero --db "$d/db.sqlite" --today $day
printf 'holidays_file = "/dev/zero"\n' > "$d/config.toml"
expect "holidays_file = \"/dev/zero\"" 78 "holidays_file /dev/zero|not a regular file" "$d/db.sqlite" -- "$MUSTDO_BIN" today --config "$d/config.toml" --db "$d/db.sqlite" --today $day
expect "routines import /dev/zero" 65 "/dev/zero is a device" "$d/db.sqlite" -- "$MUSTDO_BIN" routines import /dev/zero --db "$d/db.sqlite" --today $day
expect "routines import /dev/urandom" 65 "/dev/urandom is a device" "$d/db.sqlite" -- "$MUSTDO_BIN" routines import /dev/urandom --db "$d/db.sqlite" --today $day
expect "holidays import /dev/zero" 65 "/dev/zero is a device" "$d/db.sqlite" -- "$MUSTDO_BIN" holidays import /dev/zero --db "$d/db.sqlite" --today $day
mkfifo "$d/pipe.toml"
expect "--config a FIFO nobody writes to" 78 "is a pipe" "$d/db.sqlite" -- "$MUSTDO_BIN" today --config "$d/pipe.toml" --db "$d/db.sqlite" --today $day
{ printf '[pack]\nid = "big"\n'; head -c 5000000 /dev/zero | tr '\0' '#'; } > "$d/big.toml"
expect "routines import of a 5 MB file" 65 "larger than 4 MiB" "$d/db.sqlite" -- "$MUSTDO_BIN" routines import "$d/big.toml" --db "$d/db.sqlite" --today $day

echo "== silent changes (item 9)"
d=$(fresh journal); cp "$good" "$d/db.sqlite"; db="$d/db.sqlite"
"$MUSTDO_BIN" journal --review "evening words" --db "$db" --today $day >/dev/null
total=$((total + 1)); set +e; echo x | "$MUSTDO_BIN" journal --plan - --review - --db "$db" --today $day >"$E2E_TMP/out" 2>"$E2E_TMP/err"; rc=$?; set -e
review=$("$MUSTDO_BIN" journal --json --db "$db" --today $day | python3 -c 'import json,sys; print(json.load(sys.stdin)["review"])')
if [ $rc -eq 64 ] && grep -q "standard input" "$E2E_TMP/err" && [ "$review" = "evening words" ] && [ ! -s "$E2E_TMP/out" ]; then
  total=$((total - 1)); ok 64 "journal --plan - --review -" "$(cat "$E2E_TMP/err")"
else total=$((total - 1)); bad $rc "journal --plan - --review -" "review is now '$review'; $(cat "$E2E_TMP/out" "$E2E_TMP/err" | tr '\n' ' ')"; fi
set +e; printf 'first\0hidden' | "$MUSTDO_BIN" journal --plan - --db "$db" --today $day >"$E2E_TMP/out" 2>"$E2E_TMP/err"; rc=$?; set -e
plan=$("$MUSTDO_BIN" journal --json --db "$db" --today $day | python3 -c 'import json,sys; print(json.load(sys.stdin)["plan"])')
if [ $rc -eq 65 ] && grep -q "NUL" "$E2E_TMP/err" && [ -z "$plan" ]; then ok 65 "a NUL in journal text from stdin" "$(cat "$E2E_TMP/err")"
else bad $rc "a NUL in journal text from stdin" "plan is now '$plan'; $(cat "$E2E_TMP/err")"; fi
d=$(fresh badpath)
expect "--db with bytes that are not UTF-8" 64 "not UTF-8|\\xFF" -- "$MUSTDO_BIN" today --db "$d/"$'\xff'"db.sqlite" --today $day
[ -z "$(ls -A "$d")" ] && ok - "  … and no file was created" "" || bad - "  … and no file was created" "$(ls "$d")"
d=$(fresh badenv)
expect "MUSTDO_DB with bytes that are not UTF-8" 64 "MUSTDO_DB|\\xFE" -- env MUSTDO_DB="$d/"$'\xfe'"db.sqlite" "$MUSTDO_BIN" today --today $day
[ -z "$(ls -A "$d")" ] && ok - "  … and no file was created" "" || bad - "  … and no file was created" "$(ls "$d")"
d=$(fresh badtitle); cp "$good" "$d/db.sqlite"
expect "a title with bytes that are not UTF-8" 64 "caf\\xE9" "$d/db.sqlite" -- "$MUSTDO_BIN" add $'caf\xe9 visit' --db "$d/db.sqlite" --today $day

echo "== damage not noticed (item 10)"
d=$(fresh index); cp "$good" "$d/db.sqlite"
root=$(sqlite3 "$d/db.sqlite" "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_grdb_migrations_1'")
psize=$(sqlite3 "$d/db.sqlite" "PRAGMA page_size")
python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek((int(sys.argv[2])-1)*int(sys.argv[3])); f.write(b'\xa5'*200)" "$d/db.sqlite" "$root" "$psize"
expect "grdb_migrations index page damaged, a check" 65 "damaged" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
d=$(fresh dropped); cp "$good" "$d/db.sqlite"; sqlite3 "$d/db.sqlite" "DROP TABLE journal"
expect "a table dropped, week of a new day" 65 "damaged" "$d/db.sqlite" -- "$MUSTDO_BIN" week --db "$d/db.sqlite" --today 2026-11-30

echo "== wrong words (item 11)"
expect "--db /dev/null" 66 "/dev/null is a device|!disk is full" -- "$MUSTDO_BIN" today --db /dev/null --today $day
d=$(fresh backupdir); cp "$good" "$d/db.sqlite"
expect "backup into a missing folder" 73 "does not exist|--parents" "$d/db.sqlite" "$d/none" -- "$MUSTDO_BIN" backup "$d/none/dir/b.sqlite" --db "$d/db.sqlite" --today $day
if "$MUSTDO_BIN" backup "$d/none/dir/b.sqlite" --parents --db "$d/db.sqlite" --today $day >/dev/null 2>"$E2E_TMP/err" \
   && [ "$(stat -c %a "$d/none")/$(stat -c %a "$d/none/dir")/$(stat -c %a "$d/none/dir/b.sqlite")" = 700/700/600 ]; then
  ok 0 "backup --parents makes the folders 0700" ""
else bad - "backup --parents makes the folders 0700" "$(cat "$E2E_TMP/err") $(stat -c '%a %n' "$d/none" "$d/none/dir" "$d/none/dir/b.sqlite" 2>&1 | tr '\n' ' ')"; fi
d=$(fresh damagedbackup); cp "$good" "$d/db.sqlite"
root=$(sqlite3 "$d/db.sqlite" "SELECT rootpage FROM sqlite_master WHERE name = 'occurrence'")
python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek(int(sys.argv[2])*int(sys.argv[3])); f.write(b'\xa5'*int(sys.argv[3]))" "$d/db.sqlite" "$root" "$psize"
expect "backup of a damaged database" 65 "$d/db.sqlite is not a MustDo database or is damaged|!copy.sqlite" "$d/db.sqlite" "$d/copy.sqlite" -- "$MUSTDO_BIN" backup "$d/copy.sqlite" --db "$d/db.sqlite" --today $day
d=$(fresh readonly); cp "$good" "$d/db.sqlite"
if [ "$(id -u)" = 0 ] && chattr +i "$d/db.sqlite" 2>/dev/null; then
  set +e; out=$("$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day 2>&1); rc=$?; set -e
  left=$(ls -A "$d" | tr '\n' ' ')
  if [ $rc -eq 0 ] && echo "$out" | grep -q "^Daily" && [ "$left" = "db.sqlite " ]; then ok 0 "today on a read-only (immutable) database" "prints the lists, leaves no -wal/-shm"
  else bad $rc "today on a read-only (immutable) database" "$(echo "$out" | head -2 | tr '\n' ' ') files: $left"; fi
  expect "check on a read-only database" 77 "read-only" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
  chattr -i "$d/db.sqlite"
else skip "today on a read-only database" "chattr +i is not possible here"; fi

d=$(fresh romount); cp "$good" "$d/db.sqlite"
if [ "$(id -u)" = 0 ] && mount --bind "$d" "$d" 2>/dev/null; then
  mounts+=("$d")
  if mount -o remount,ro,bind "$d" 2>/dev/null; then
    set +e; out=$("$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day 2>&1); rc=$?; set -e
    if [ $rc -eq 0 ] && echo "$out" | grep -q "^Daily"; then ok 0 "today on a read-only mount" "prints the lists"
    else bad $rc "today on a read-only mount" "$(echo "$out" | head -2 | tr '\n' ' ')"; fi
    expect "check on a read-only mount" 77 "read-only" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
  else skip "today on a read-only mount" "remount,ro is not possible here"; fi
else skip "today on a read-only mount" "mount --bind is not possible here"; fi

echo "== full disk: words and leftovers (items 11, 12)"
d=$(fresh tmpfs)
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=2m tmpfs "$d" 2>/dev/null; then
  mounts+=("$d")
  cp "$good" "$d/db.sqlite"
  dd if=/dev/zero of="$d/filler" bs=4k 2>/dev/null || true
  expect "today (only reads) on a full disk" 74 "disk is full|nothing was changed|!change was not saved" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
  expect "check on a full disk" 74 "disk is full" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
  expect "a new database on a full disk" 74 "disk is full" "$d/new.sqlite" "$d/sub" -- "$MUSTDO_BIN" today --db "$d/sub/new.sqlite" --today $day
  left=$(ls -A "$d" | tr '\n' ' ')
  [ "$left" = "db.sqlite filler " ] && ok - "  … nothing left behind" "" || bad - "  … nothing left behind" "$left"
  rm -f "$d/filler"
  dd if=/dev/zero of="$d/filler" bs=1k count=$(( 2048 - $(du -k "$d/db.sqlite" | cut -f1) - 200 )) 2>/dev/null || true
  # A database last used ten years ago, opened today: ten years to back-fill (within the look-ahead limit).
  old=$(date -d "$day - 10 years" +%F)
  rm -f "$d/db.sqlite" "$d/filler"
  "$MUSTDO_BIN" init --db "$d/db.sqlite" --today "$old" >/dev/null
  dd if=/dev/zero of="$d/filler" bs=1k count=$(( 2048 - $(du -k "$d/db.sqlite" | cut -f1) - 200 )) 2>/dev/null || true
  expect "10 years to back-fill on a nearly full disk" 74 "disk is full|not saved" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
  left=$(ls -A "$d" | tr '\n' ' ')
  [ "$left" = "db.sqlite filler " ] && ok - "  … nothing left behind" "" || bad - "  … nothing left behind" "$left"
else skip "full disk (tmpfs)" "mount -t tmpfs is not possible here"; fi

echo "faults-files: $total cases, $passed ok, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] || fail "$failed cases failed (rows marked FAIL above)"
