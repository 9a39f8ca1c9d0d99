# SIGTERM and SIGHUP mid-use end the screen within a second with the terminal restored and the database intact.
source "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 MUSTDO_LANG=en
db="$E2E_TMP/m.sqlite"
for sig in TERM HUP INT; do
  rm -f "$E2E_TMP/exit" "$E2E_TMP/stty"; cleanup_tmux
  start_screen 120 40 "$MUSTDO_BIN" --db "$db" --today 2026-11-23
  wait_for_text "Daily" 5
  # Keep it busy redrawing while the signal lands.
  tm send-keys -t main j k j k j k Space Space j Space G g
  kill -"$sig" "$(app_pid "$db")"
  start=$(date +%s%N)
  wait_for_exit 2
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$ms" -lt 1000 ] || fail "SIG$sig took $ms ms"
  [ -s "$E2E_TMP/stty" ] || fail "no stty output after SIG$sig"
  grep -Eq '(^| )icanon( |$)' "$E2E_TMP/stty" || fail "terminal left without icanon after SIG$sig"
  grep -Eq '(^| )echo( |$)' "$E2E_TMP/stty" || fail "terminal left without echo after SIG$sig"
  [ "$(tm display -p -t main '#{alternate_on}')" = 0 ] || fail "alternate screen still on after SIG$sig"
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after SIG$sig"
done
