#!/usr/bin/env bash
# Installing like a user: `make install` into a temporary PREFIX (release build, static Swift
# runtime), the installed binary finding its packs and themes, --version with the commit, the man
# page (renders without warnings, names every subcommand), bash completion of a subcommand,
# `make uninstall` leaving nothing, and the Debian package (lintian without errors, its files run).
source "$(dirname "$0")/lib.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
export PATH=/opt/swift/usr/bin:$PATH
pfx="$E2E_TMP/prefix"
make -C "$root" -s install PREFIX="$pfx" > "$E2E_TMP/make.log" 2>&1 || { tail -20 "$E2E_TMP/make.log"; fail "make install failed"; }
bin="$pfx/bin/mustdo"
[ -x "$bin" ] || fail "make install did not install $bin"

# Rebuilding (issue 14): the commit reaches the binary through a generated header, not a compiler flag, so an unchanged
# tree rebuilds nothing and another commit recompiles CBuildInfo and the mustdo module that imports it, none of the
# libraries (a flag rebuilt every module).
built="$root/.build/release/mustdo"
before=$(stat -c %Y "$built")
make -C "$root" -s build > "$E2E_TMP/rebuild.log" 2>&1 || { tail -20 "$E2E_TMP/rebuild.log"; fail "make build failed on an unchanged tree"; }
grep -E 'Compiling|Linking' "$E2E_TMP/rebuild.log" && fail "make build on an unchanged tree rebuilt something"
[ "$(stat -c %Y "$built")" = "$before" ] || fail "make build on an unchanged tree rewrote mustdo"
make -C "$root" -s build COMMIT=0123456789ab > "$E2E_TMP/recommit.log" 2>&1 || { tail -20 "$E2E_TMP/recommit.log"; fail "make build COMMIT=… failed"; }
others=$(grep -E 'Compiling' "$E2E_TMP/recommit.log" | grep -vE 'Compiling (CBuildInfo|mustdo) ' || true)
[ -z "$others" ] || fail "another commit recompiled more than CBuildInfo and mustdo: $others"
expect_contains "$("$built" --version)" "0123456789ab" "--version names the commit it was built with"
make -C "$root" -s build > "$E2E_TMP/rebuild.log" 2>&1 || fail "make build failed going back to the real commit"

# The installed binary runs from anywhere, without the build tree or MUSTDO_RESOURCES.
commit=$(git -C "$root" rev-parse --short=12 HEAD)
version=$(cd /tmp && env -u MUSTDO_RESOURCES "$bin" --version)
expect_contains "$version" "$commit" "--version names the commit"
out=$(cd /tmp && env -u MUSTDO_RESOURCES "$bin" today --db "$E2E_TMP/i.sqlite" --today 2026-11-27 --lang zh)
expect_contains "$out" "每日必做" "the installed binary finds its Chinese pack"
themes=$(cd /tmp && "$bin" themes --db "$E2E_TMP/i.sqlite")
expect_contains "$themes" "gruvbox" "the installed binary finds its shipped themes"
case "$(ldd "$bin")" in *libswift*|*libFoundation*) fail "the Swift runtime is not linked statically: $(ldd "$bin")";; esac
# A console command closes its database before it exits: no -wal or -shm is left beside it.
for s in -wal -shm; do [ ! -e "$E2E_TMP/i.sqlite$s" ] || fail "mustdo today left i.sqlite$s behind"; done

# Start-up (issue 14): the link choices that keep a start cheap, and a bound on its page faults that needs no clock.
dyn=$(readelf -dW "$bin")
case "$dyn" in *RUNPATH*|*RPATH*) fail "the installed binary has a run path: $(grep -i path <<<"$dyn")";; esac
if [ -n "$(cd "$root" && make -s -p -n version 2>/dev/null | grep -E '^STATIC_CXX := /')" ]; then
  grep -q 'NEEDED.*libstdc++' <<<"$dyn" && fail "libstdc++ is linked dynamically though libstdc++.a is there"
fi
readelf -hW "$bin" | grep -q 'Type: *EXEC' || fail "the installed binary is a PIE (make install builds a position-dependent one unless PIE=1)"
# The functions start-up runs are placed together (-function-sections and scripts/startup-order.txt): the first 1,000 of
# the list (those `mustdo today` runs) lie in 59 blocks of 64 KB of code (each a page fault when first run), 125 when the
# link ignores the list. The rest of the 59 is code the toolchain's static libraries keep in one section per file.
blocks=$(python3 - "$root/scripts/startup-order.txt" "$built" <<'PY'
import subprocess, sys
with open(sys.argv[1]) as f:
    want = {line.strip()[len(".text."):] for _, line in zip(range(1000), f)}
symbols = subprocess.run(["nm", sys.argv[2]], capture_output=True, text=True, check=True).stdout.splitlines()
print(len({int(p[0], 16) // 65536 for p in map(str.split, symbols) if len(p) == 3 and p[2] in want and p[1] in "tTwW"}))
PY
) || fail "cannot read the symbols of $built"
[ "$blocks" -le 80 ] || fail "start-up code is spread over $blocks blocks of 64 KB (at most 80 when the link follows scripts/startup-order.txt)"
# Minor page faults of `mustdo today` (a second run, on the database above) against a static Swift "hello" built the
# same way: 950 before the start-up work (4.6x the hello's 206), about 630 after (3x), 435 after the fifth round (2.1x);
# over 4x means a regression.
[ -x /usr/bin/time ] || fail "/usr/bin/time is not installed (apt-get install -y time)"
printf 'print("hello")\n' > "$E2E_TMP/hello.swift"
swiftc -O -static-stdlib "$E2E_TMP/hello.swift" -o "$E2E_TMP/hello" >/dev/null 2>&1 || fail "cannot build the static hello"
faults() { local i; for i in 1 2 3 4 5; do /usr/bin/time -f %R "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 3p; }
f_today=$(cd /tmp && faults env -u MUSTDO_RESOURCES "$bin" today --db "$E2E_TMP/i.sqlite" --today 2026-11-27 --lang zh)
f_hello=$(faults "$E2E_TMP/hello")
[ "$f_today" -le $((4 * f_hello)) ] || fail "mustdo today took $f_today page faults, more than 4x a static hello's $f_hello"
case "$(ldd "$bin")" in *libpq*|*libssl*|*gssapi*) fail "libpq is linked into every start: $(ldd "$bin")";; esac

# The man page: renders without warnings and lists every subcommand of --help.
page="$pfx/share/man/man1/mustdo.1"
[ -s "$page" ] || fail "no man page at $page"
warnings=$(MANWIDTH=100 man --warnings -l "$page" 2>&1 >"$E2E_TMP/man.txt")
[ -z "$warnings" ] || fail "man reports: $warnings"
for sub in $("$bin" --help | awk '/^SUBCOMMANDS:/{s=1;next} s&&/^  [a-z]/{print $1}'); do
  grep -qE "^ +$sub( |$)" "$E2E_TMP/man.txt" || fail "the man page lacks the subcommand $sub"
done
expect_contains "$(cat "$E2E_TMP/man.txt")" "THE SCREEN" "the man page has the hand-written screen section"
MANPATH="$pfx/share/man" man -w mustdo >/dev/null 2>&1 || fail "man cannot find mustdo under the PREFIX"

# bash completion: `mustdo to<TAB>` offers today.
comp=$(bash -c "source '$pfx/share/bash-completion/completions/mustdo'; COMP_WORDS=(mustdo to); COMP_CWORD=1; COMP_LINE='mustdo to'; COMP_POINT=\${#COMP_LINE}; PATH='$pfx/bin':\$PATH; _mustdo; printf '%s\n' \"\${COMPREPLY[@]}\"")
expect_contains "$comp" "today" "bash completes a subcommand"
[ -s "$pfx/share/zsh/site-functions/_mustdo" ] || fail "no zsh completion"
[ -s "$pfx/share/fish/vendor_completions.d/mustdo.fish" ] || fail "no fish completion"

make -C "$root" -s uninstall PREFIX="$pfx" >/dev/null
left=$(find "$pfx" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"

# The Debian package: builds, lintian finds no error, and its files run from a clean root.
(cd "$root" && bash scripts/build-deb.sh > "$E2E_TMP/deb.log" 2>&1) || { cat "$E2E_TMP/deb.log"; fail "build-deb failed"; }
deb=$(ls "$root"/dist/mustdo_*_"$(dpkg --print-architecture)".deb | head -1)
dpkg-deb -f "$deb" Depends | grep -q libncursesw6 || fail "the package does not depend on libncursesw6"
dpkg-deb -f "$deb" Depends | grep -q libsqlite3-0 || fail "the package does not depend on libsqlite3-0"
# libpq is opened by the team commands only (dlopen), so it is recommended, not linked (issue 13).
dpkg-deb -f "$deb" Recommends | grep -q libpq5 || fail "the package does not recommend libpq5"
if command -v lintian >/dev/null 2>&1; then
  grep -q '^E:' "$root/dist/lintian.txt" && fail "lintian errors: $(cat "$root/dist/lintian.txt")"
else
  fail "lintian is not installed (apt-get install -y lintian)"
fi
croot="$E2E_TMP/clean-root"
dpkg-deb -x "$deb" "$croot"
out=$(cd /tmp && env -u MUSTDO_RESOURCES "$croot/usr/bin/mustdo" today --db "$E2E_TMP/d.sqlite" --today 2026-11-27 --lang en)
expect_contains "$out" "Daily" "the packaged binary runs and finds its pack"
[ -s "$croot/usr/share/man/man1/mustdo.1.gz" ] || fail "the package has no man page"
echo ok
