# Bad input, table-driven: every case must end with one sentence on stderr (one line, "mustdo: …"), the documented
# exit code (README: 64 usage, 65 damaged/foreign/newer database or bad pack, 66 cannot open, 69 no terminal,
# 72 shipped files missing, 74 disk full, 75 busy, 77 read-only, 78 config/theme), nothing on stdout, and no file
# modified or created (sha256 of the database, its -wal/-shm/-journal and the config files, before and after).
# The screen cases (broken theme, LANG=C, a terminal that disappears) run in tmux. Prints one row per case. About 20 s (10 s of it the busy case).
#
# Read-only as root: root ignores file modes, so the read-only cases use what binds root too — an immutable file
# (chattr +i) and a read-only bind mount — and run the plain `chmod 444` case as the user nobody (setpriv); each is
# skipped, and said so, where this machine cannot do it. Disk full: a small tmpfs when mount works, and always a
# file-size limit (ulimit -f, which makes write(2) fail as a full disk does; `PRAGMA max_page_count` cannot be
# used: it is a setting of one connection, not of the file).
source "$(dirname "$0")/lib.sh"
unset MUSTDO_DB MUSTDO_TODAY MUSTDO_CONFIG || true
export LANG=C.UTF-8 MUSTDO_LANG=en
day=2026-11-23
chmod 711 "$E2E_TMP"
cases="$E2E_TMP/cases"; mkdir -p "$cases"; chmod 777 "$cases"
export XDG_CONFIG_HOME="$E2E_TMP/noconfig"; mkdir -p "$XDG_CONFIG_HOME"; chmod 755 "$XDG_CONFIG_HOME"
mounts=()
cleanup() {
  cleanup_tmux
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  chattr -i "$cases"/*/* 2>/dev/null || true
}
trap cleanup EXIT

good="$E2E_TMP/good.sqlite"
"$MUSTDO_BIN" init --db "$good" --today "$day" >/dev/null
"$MUSTDO_BIN" today --db "$good" --today "$day" >/dev/null
fresh() { mkdir -p "$cases/$1"; chmod 777 "$cases/$1"; echo "$cases/$1"; }   # a folder for one case

total=0; passed=0; failed=0; skipped=0
row() { printf '%-5s %-3s %-44s %s\n' "$1" "$2" "$3" "$4"; }
skip() { skipped=$((skipped + 1)); row skip - "$1" "$2"; }

# hashes FILE… → one line per file and its -wal/-shm/-journal: sha256, "dir" or "absent".
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

# expect NAME CODE TEXT [WATCHED FILE…] -- COMMAND…
# Runs COMMAND with no standard input; TEXT must be in the message (case-insensitive).
expect() {
  local name=$1 code=$2 text=$3; shift 3
  local watched=()
  while [ "$1" != "--" ]; do watched+=("$1"); shift; done; shift
  total=$((total + 1))
  local before after rc problems=""
  before=$(hashes "${watched[@]}")
  set +e; "$@" </dev/null >"$E2E_TMP/out" 2>"$E2E_TMP/err"; rc=$?; set -e
  after=$(hashes "${watched[@]}")
  local lines; lines=$(wc -l < "$E2E_TMP/err")
  local msg; msg=$(head -1 "$E2E_TMP/err")
  [ "$rc" -eq "$code" ] || problems+="exit $rc, expected $code; "
  [ "$lines" -eq 1 ] || problems+="$lines lines on stderr; "
  case "$msg" in "mustdo: "*) ;; *) problems+="the message does not start with 'mustdo: '; " ;; esac
  grep -qiF -- "$text" "$E2E_TMP/err" || problems+="the message does not say '$text'; "
  [ ! -s "$E2E_TMP/out" ] || problems+="stdout is not empty; "
  if [ "$before" != "$after" ]; then problems+="files changed: $(diff <(echo "$before") <(echo "$after") | grep '^[<>]' | tr '\n' ' ' || true)"; fi
  if [ -z "$problems" ]; then
    passed=$((passed + 1)); row ok "$rc" "$name" "$msg"
  else
    failed=$((failed + 1)); row FAIL "$rc" "$name" "$problems"; sed 's/^/        stderr: /' "$E2E_TMP/err" | head -6
  fi
}

echo "== damaged, foreign and newer databases"
d=$(fresh random); head -c 65536 /dev/urandom > "$d/db.sqlite"
expect "random bytes" 65 "not a MustDo database" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
d=$(fresh truncated); head -c $(( $(stat -c %s "$good") / 3 )) "$good" > "$d/db.sqlite"
expect "truncated to a third" 65 "damaged" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
d=$(fresh onepage); head -c 4096 "$good" > "$d/db.sqlite"
expect "truncated to its first page" 65 "damaged" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
d=$(fresh stub); head -c 50 "$good" > "$d/db.sqlite"
expect "a 50-byte stub" 65 "damaged" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
d=$(fresh text); printf 'These are my notes, not a database.\n%.0s' $(seq 1 40) > "$d/db.sqlite"
expect "a text file" 65 "not a MustDo database" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
d=$(fresh png); { printf '\x89PNG\r\n\x1a\n'; head -c 5000 /dev/urandom; } > "$d/db.sqlite"
expect "a PNG image" 65 "not a MustDo database" "$d/db.sqlite" -- "$MUSTDO_BIN" check 1 --db "$d/db.sqlite" --today $day
d=$(fresh foreign); sqlite3 "$d/db.sqlite" "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES (1, 'mine');"
expect "another program's SQLite database" 65 "not a MustDo database" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
d=$(fresh schema); cp "$good" "$d/db.sqlite"
# Damage page 1's cell content area, wherever the schema's cells start (byte 105 of the header): once the schema outgrows
# one page (the customer tables did), page 1 is an interior page whose few cells sit at its very end.
python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek(105); s=int.from_bytes(f.read(2),'big') or 65536; s=min(s,4096-64); f.seek(s); f.write(b'\xa5'*(4096-s))" "$d/db.sqlite"
expect "damaged schema page" 65 "damaged" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
d=$(fresh newer); cp "$good" "$d/db.sqlite"
sqlite3 "$d/db.sqlite" "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')"
expect "a database from a newer MustDo" 65 "newer MustDo" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today 2026-11-24
d=$(fresh folder); mkdir "$d/db.sqlite"
expect "a folder in its place" 66 "folder" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
d=$(fresh underfile); echo "a file" > "$d/notes.txt"
expect "its folder is a file" 66 "cannot open" "$d/notes.txt" -- "$MUSTDO_BIN" today --db "$d/notes.txt/db.sqlite" --today $day

echo "== read-only"
d=$(fresh immutable); cp "$good" "$d/db.sqlite"
if [ "$(id -u)" = 0 ] && chattr +i "$d/db.sqlite" 2>/dev/null; then
  expect "immutable file (chattr +i)" 77 "read-only" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
  expect "immutable file, a new day" 77 "read-only" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today 2026-12-01
  chattr -i "$d/db.sqlite"
else skip "immutable file (chattr +i)" "chattr +i is not possible here"; fi
d=$(fresh robind); cp "$good" "$d/db.sqlite"
if [ "$(id -u)" = 0 ] && mount --bind "$d" "$d" 2>/dev/null; then
  mounts+=("$d")
  if mount -o remount,ro,bind "$d" 2>/dev/null; then
    expect "read-only mount" 77 "read-only" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
  else skip "read-only mount" "remount,ro is not possible here"; fi
else skip "read-only mount" "mount --bind is not possible here"; fi
as_nobody=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups "$MUSTDO_BIN" --version >/dev/null 2>&1; then
    as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
fi
if [ "$(id -u)" != 0 ] || [ ${#as_nobody[@]} -gt 0 ]; then
  d=$(fresh mode444); cp "$good" "$d/db.sqlite"; chmod 444 "$d/db.sqlite"
  expect "chmod 444 file (as $( [ ${#as_nobody[@]} -gt 0 ] && echo nobody || id -un))" 77 "read-only" "$d/db.sqlite" -- "${as_nobody[@]}" "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
  d=$(fresh mode555dir); cp "$good" "$d/db.sqlite"; chmod 666 "$d/db.sqlite"; chmod 555 "$d"
  expect "writable file in a read-only folder" 77 "read-only" "$d/db.sqlite" -- "${as_nobody[@]}" "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
  d=$(fresh mode000); cp "$good" "$d/db.sqlite"; chmod 000 "$d/db.sqlite"
  expect "unreadable file (chmod 000)" 66 "permission denied" "$d/db.sqlite" -- "${as_nobody[@]}" "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day
else skip "chmod 444 file" "running as root and cannot switch to nobody (setpriv)"; fi

echo "== disk full"
d=$(fresh tmpfs)
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=2m tmpfs "$d" 2>/dev/null; then
  mounts+=("$d")
  cp "$good" "$d/db.sqlite"
  dd if=/dev/zero of="$d/filler" bs=1k count=$(( 2048 - $(du -k "$d/db.sqlite" | cut -f1) - 200 )) 2>/dev/null || true
  # The furthest --today allowed is a year after the real date (DECISIONS: far dates): about a year of rows to fill.
  expect "disk nearly full, a year to fill" 74 "disk is full" "$d/db.sqlite" -- "$MUSTDO_BIN" today --db "$d/db.sqlite" --today "$(date -d '+360 days' +%F)"
  dd if=/dev/zero of="$d/filler2" bs=4k 2>/dev/null || true
  # With no byte left SQLite cannot even size its -shm; it may leave empty -wal/-shm behind (harmless, below).
  before=$(sha256sum < "$d/db.sqlite")
  total=$((total + 1)); set +e; "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day </dev/null >"$E2E_TMP/out" 2>"$E2E_TMP/err"; rc=$?; set -e
  left=$(for s in -wal -shm; do [ -e "$d/db.sqlite$s" ] && printf '%s(%s bytes) ' "$s" "$(stat -c %s "$d/db.sqlite$s")"; done; true)
  if [ $rc -eq 74 ] && [ "$(wc -l < "$E2E_TMP/err")" -eq 1 ] && [ "$before" = "$(sha256sum < "$d/db.sqlite")" ] && [ ! -s "$d/db.sqlite-wal" ]; then
    passed=$((passed + 1)); row ok 74 "disk completely full, a check" "$(head -1 "$E2E_TMP/err")${left:+ [left empty: $left]}"
  else
    failed=$((failed + 1)); row FAIL $rc "disk completely full, a check" "$(head -3 "$E2E_TMP/err" | tr '\n' ' ') $left"
  fi
  rm -f "$d/filler" "$d/filler2"
  "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day >/dev/null || fail "the database does not work after the disk was freed"
  [ "$(sqlite3 "$d/db.sqlite" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after the disk was freed"
else skip "disk full (tmpfs)" "mount -t tmpfs is not possible here; the file-size limit below stands in"; fi
d=$(fresh fsize); cp "$good" "$d/db.sqlite"
expect "file-size limit (ulimit -f 200)" 74 "disk is full" "$d/db.sqlite" -- bash -c 'trap "" XFSZ; ulimit -f 200; exec "$@"' _ "$MUSTDO_BIN" today --db "$d/db.sqlite" --today "$(date -d '+360 days' +%F)"

echo "== busy"
d=$(fresh busy); cp "$good" "$d/db.sqlite"; "$MUSTDO_BIN" today --db "$d/db.sqlite" --today $day >/dev/null
python3 - "$d/db.sqlite" "$d/holding" <<'PY' &
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
open(sys.argv[2], "w").close()
time.sleep(12)
con.execute("ROLLBACK")
PY
holder=$!
for _ in $(seq 1 100); do [ -e "$d/holding" ] && break; sleep 0.05; done
expect "another process holds the write lock > 10 s" 75 "held by another process" "$d/db.sqlite" -- "$MUSTDO_BIN" check 3 --db "$d/db.sqlite" --today $day
wait $holder

echo "== config.toml"
conf() { # NAME TEXT → a config folder holding TEXT as mustdo/config.toml
  local c; c=$(fresh "$1"); mkdir -p "$c/mustdo"; printf '%b' "$2" > "$c/mustdo/config.toml"; echo "$c"
}
cfgcase() { # NAME CONTENT TEXT-IN-MESSAGE
  local c; c=$(conf "$1" "$2")
  expect "config: $1" 78 "$3" "$c/mustdo/config.toml" "$c/db.sqlite" -- env XDG_CONFIG_HOME="$c" "$MUSTDO_BIN" today --db "$c/db.sqlite" --today $day
}
cfgcase "unterminated string" 'week_start = "monday\n' "config.toml, line 1"
cfgcase "unknown setting" 'language = "en"\ncolour = "red"\n' "line 2, colour"
cfgcase "wrong type" 'fiscal_start_month = "4"\n' "fiscal_start_month"
cfgcase "out of range" 'day_start_hour = 24\n' "day_start_hour"
cfgcase "bad weekday" 'week_start = "friday"\n' "week_start"
cfgcase "duplicate key" 'week_start = "monday"\nweek_start = "sunday"\n' "line 2"
cfgcase "bad date in holidays" 'holidays = ["2026-02-30"]\n' "holidays"
cfgcase "bad key binding" '[keys.home]\ntoggle = 5\n' "toggle"
cfgcase "header without a name [[[" '[[[\n' "line 1"
cfgcase "'}' inside a list" 'language = "en"\nworkdays = ["mon", }]\n' "line 2, TOML: a list cannot hold '}'"
cfgcase "CRLF line endings" 'language = "en"\r\nfiscal_start_month = 13\r\n' "line 2, fiscal_start_month"
cfgcase "not UTF-8" 'language = "\xff\xfe"\n' "not UTF-8"
c=$(fresh configdir); mkdir -p "$c/mustdo/config.toml"
expect "config: a folder in its place" 78 "is a folder" "$c/db.sqlite" -- env XDG_CONFIG_HOME="$c" "$MUSTDO_BIN" today --db "$c/db.sqlite" --today $day

echo "== dates, refs and options"
d=$(fresh refs); cp "$good" "$d/db.sqlite"; db="$d/db.sqlite"
expect "impossible date" 64 "'2026-02-30'" "$db" -- "$MUSTDO_BIN" today --db "$db" --today 2026-02-30
expect "a word for a date" 64 "'tomorrow'" "$db" -- "$MUSTDO_BIN" check 1 --db "$db" --today tomorrow
expect "bad MUSTDO_TODAY" 64 "MUSTDO_TODAY" "$db" -- env MUSTDO_TODAY=2026-13-01 "$MUSTDO_BIN" today --db "$db"
expect "bad date in periods --date" 64 "--date" -- "$MUSTDO_BIN" periods --date 2026-11-31
expect "unknown ref number" 64 "no item '999'" "$db" -- "$MUSTDO_BIN" check 999 --db "$db" --today $day
expect "unknown routine id" 64 "no-such-routine" "$db" -- "$MUSTDO_BIN" uncheck no-such-routine --db "$db" --today $day
expect "one bad ref among good ones" 64 "'999'" "$db" -- "$MUSTDO_BIN" check 1 2 999 --db "$db" --today $day
expect "skip an unknown ref" 64 "'0'" "$db" -- "$MUSTDO_BIN" skip 0 --reason x --db "$db" --today $day
expect "add-count on an item without a count" 64 "has no count" "$db" -- "$MUSTDO_BIN" add-count 3 --db "$db" --today $day
expect "add-count with a word for N" 64 "'x'" "$db" -- "$MUSTDO_BIN" add-count day-greet-customers x --db "$db" --today $day
expect "bad --lang" 64 "--lang" "$db" -- "$MUSTDO_BIN" today --lang fr --db "$db" --today $day
expect "bad --period" 64 "fortnight" "$db" -- "$MUSTDO_BIN" routines --period fortnight --db "$db"
expect "unknown command" 64 "frobnicate" "$db" -- "$MUSTDO_BIN" frobnicate --db "$db"
expect "unknown option" 64 "--bogus" "$db" -- "$MUSTDO_BIN" today --bogus --db "$db"
expect "missing REF" 64 "ref" "$db" -- "$MUSTDO_BIN" check --db "$db" --today $day

echo "== the screen's surroundings"
d=$(fresh notty)
expect "no terminal (pipes)" 69 "mustdo today" "$d/db.sqlite" -- "$MUSTDO_BIN" --db "$d/db.sqlite" --today $day
# In a pseudo-terminal (script) stdout is a terminal; the sentence is the only output.
pty_case() { # NAME TEXT ENV…
  local name=$1 text=$2; shift 2
  total=$((total + 1))
  set +e; env "$@" script -qec "$MUSTDO_BIN --db $d/db.sqlite --today $day" /dev/null </dev/null >"$E2E_TMP/out" 2>&1; rc=$?; set -e
  msg=$(tr -d '\r' < "$E2E_TMP/out" | grep -v '^$' || true)
  if [ "$(echo "$msg" | wc -l)" -eq 1 ] && echo "$msg" | grep -qF -- "$text" && [ ! -e "$d/db.sqlite" ] && [ $rc -eq 69 ]; then
    passed=$((passed + 1)); row ok 69 "$name" "$msg"
  else
    failed=$((failed + 1)); row FAIL $rc "$name" "$msg"
  fi
}
pty_case "TERM=dumb (in a pseudo-terminal)" "TERM=dumb" TERM=dumb
pty_case "TERM unset (in a pseudo-terminal)" "TERM is not set" -u TERM
pty_case "unknown TERM (in a pseudo-terminal; said once)" "nosuchterm" TERM=nosuchterm
total=$((total + 1))
if [ "$(grep -o 'mustdo today' "$E2E_TMP/out" | wc -l)" -eq 1 ]; then passed=$((passed + 1)); row ok 69 "  … the way out is said once" "$(tr -d '\r' < "$E2E_TMP/out")"
else failed=$((failed + 1)); row FAIL 69 "  … the way out is said once" "$(tr -d '\r' < "$E2E_TMP/out")"; fi
d=$(fresh lonebin); cp "$MUSTDO_BIN" "$d/mustdo"
expect "shipped routine packs missing" 72 "routine packs" "$d/new.sqlite" -- env -u MUSTDO_RESOURCES "$d/mustdo" init --db "$d/new.sqlite" --today $day

if "$MUSTDO_BIN" routines --help 2>/dev/null | grep -qw import; then
  d=$(fresh pack); cp "$good" "$d/db.sqlite"
  printf '[pack]\nid = "mine"\n[[routine]]\nid = "my-call"\nperiod = "fortnight"\ntitle = "Call"\n' > "$d/pack.toml"
  expect "routine pack: bad period" 65 "fortnight" "$d/db.sqlite" "$d/pack.toml" -- "$MUSTDO_BIN" routines import "$d/pack.toml" --db "$d/db.sqlite" --today $day
  printf '[[routine]\nid = "x"\n' > "$d/pack2.toml"
  expect "routine pack: TOML syntax" 65 "pack2.toml, line 1" "$d/db.sqlite" "$d/pack2.toml" -- "$MUSTDO_BIN" routines import "$d/pack2.toml" --db "$d/db.sqlite" --today $day
  printf '[[[\n' > "$d/pack3.toml"
  expect "routine pack: [[[" 65 "pack3.toml" "$d/db.sqlite" "$d/pack3.toml" -- "$MUSTDO_BIN" routines import "$d/pack3.toml" --db "$d/db.sqlite" --today $day
else skip "routine pack import" "this build has no \`mustdo routines import\`"; fi

# Screen cases in tmux: a broken theme still gives the screen, with the default theme and the message.
screen_case() { # NAME RESULT DETAIL
  total=$((total + 1))
  if [ "$2" = ok ]; then passed=$((passed + 1)); row ok 0 "$1" "$3"; else failed=$((failed + 1)); row FAIL - "$1" "$3"; fi
}
theme_cfg="$E2E_TMP/themecfg"; mkdir -p "$theme_cfg/mustdo/themes"
printf 'plan_on_first_start = false\n' > "$theme_cfg/mustdo/config.toml"   # the screens open on the six panes
printf '[roles.header]\nbg = "red"\nfg = "bright-white\n' > "$theme_cfg/mustdo/themes/broken.toml"
printf '[roles.header]\nbg = "red"\n[roles.no_such_role]\nfg = "blue"\n' > "$theme_cfg/mustdo/themes/unknownrole.toml"
for theme in broken unknownrole missing-theme; do
  rm -f "$E2E_TMP/exit"; cleanup_tmux
  before=$(hashes "$theme_cfg/mustdo/themes/broken.toml" "$theme_cfg/mustdo/themes/unknownrole.toml" "$good")
  start_screen 200 50 env XDG_CONFIG_HOME="$theme_cfg" "$MUSTDO_BIN" --db "$good" --today $day --theme "$theme"
  wait_for_text "Daily" 5
  case $theme in broken) want="broken.toml, line 3" ;; unknownrole) want="no_such_role" ;; *) want="no theme named 'missing-theme'" ;; esac
  status="ok"; detail=""
  said=$(screen_text | grep -F -- "$want" | sed 's/^ *//' | cut -c1-110 || true)
  [ -n "$said" ] || { status=FAIL; detail="no message with '$want' on screen"; }
  # --theme is an option, not a line of a file (issue 15, item 11).
  if [ "$theme" = missing-theme ] && screen_text | grep -q "fix that line"; then status=FAIL; detail+=" the message for --theme says 'fix that line in the file'"; fi
  # The header is drawn with the default theme (blue background), not the broken file's red.
  header=$(tm capture-pane -p -e -t main | head -1)
  case "$header" in *"[41m"*|*";41m"*|*";41;"*) status=FAIL; detail+=" the header is red: the broken theme was half applied" ;; esac
  case "$header" in *"44m"*|*";44;"*) ;; *) status=FAIL; detail+=" the header is not the default theme's blue" ;; esac
  tm send-keys -t main q; wait_for_exit 3
  grep -q "exit=0" "$E2E_TMP/exit" || { status=FAIL; detail+=" exit $(cat "$E2E_TMP/exit")"; }
  [ "$before" = "$(hashes "$theme_cfg/mustdo/themes/broken.toml" "$theme_cfg/mustdo/themes/unknownrole.toml" "$good")" ] || { status=FAIL; detail+=" files changed"; }
  screen_case "screen with --theme $theme" "$status" "${detail:-starts with the default theme; says: $said}"
done
themes_out=$(XDG_CONFIG_HOME="$theme_cfg" "$MUSTDO_BIN" themes --db "$good" 2>&1) || true
if echo "$themes_out" | grep -q "^ *broken .*(broken: line 3"; then screen_case "mustdo themes lists the broken file" ok "$(echo "$themes_out" | grep "^ *broken " | sed 's/  */ /g' | cut -c1-110)"
else screen_case "mustdo themes lists the broken file" FAIL "$themes_out"; fi

# LANG=C: ASCII marks and borders, and one sentence saying why, shown once (gone after the next key).
rm -f "$E2E_TMP/exit"; cleanup_tmux
start_screen 120 40 env LANG=C LC_ALL=C "$MUSTDO_BIN" --db "$good" --config "$theme_cfg/mustdo/config.toml" --today $day
wait_for_text "not UTF-8" 5
status=ok; detail=""
[ "$(screen_text | grep -c 'not UTF-8')" -eq 1 ] || { status=FAIL; detail+=" the notice is not on exactly one line"; }
screen_text | LC_ALL=C grep -q '[^ -~]' && { status=FAIL; detail+=" non-ASCII characters on screen"; }
screen_text | grep -q '^+ Daily' || { status=FAIL; detail+=" no ASCII border"; }
notice=$(screen_text | grep 'not UTF-8' | sed 's/^ *//')
tm send-keys -t main j j Space
wait_for_text "[x]" 5
screen_text | grep -q 'not UTF-8' && { status=FAIL; detail+=" the notice stays after a key"; }
tm send-keys -t main u q; wait_for_exit 3
grep -q "exit=0" "$E2E_TMP/exit" || { status=FAIL; detail+=" exit $(cat "$E2E_TMP/exit")"; }
screen_case "screen with LANG=C" "$status" "${detail:-ASCII only, [x] marks, said once: $notice}"

# The terminal disappears without a SIGHUP reaching the screen (it runs in a session of its own, as under
# setsid or a lost signal): the screen must end, not spin on a dead terminal.
if command -v setsid >/dev/null; then
  rm -f "$E2E_TMP/exit"; cleanup_tmux
  start_screen 100 30 setsid -w "$MUSTDO_BIN" --db "$good" --config "$theme_cfg/mustdo/config.toml" --today $day
  wait_for_text "Daily" 5
  pid=$(app_pid "$good")
  tm kill-server
  ended=no
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || { ended=yes; break; }; sleep 0.05; done
  if [ $ended = yes ]; then screen_case "terminal gone without SIGHUP" ok "the screen ended within 2 s"
  else kill -KILL "$pid" 2>/dev/null || true; screen_case "terminal gone without SIGHUP" FAIL "still running 2 s after its terminal closed"; fi
  [ "$(sqlite3 "$good" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after the terminal went away"
else skip "terminal gone without SIGHUP" "no setsid"; fi

echo "bad input: $total cases, $passed ok, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] || fail "$failed bad-input cases failed (rows marked FAIL above)"
