#!/usr/bin/env bash
# Builds dist/mustdo_VERSION_amd64.deb: the same files as `make install PREFIX=/usr`, with the
# Debian metadata (control, md5sums, copyright, changelog), and checks it with lintian when it is
# installed (errors fail the build). Usage: bash scripts/build-deb.sh [--no-lintian]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lint=1
[ "${1:-}" = "--no-lintian" ] && lint=0
version=$(make -s version)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
make -s install PREFIX=/usr DESTDIR="$stage" ZSHDIR="$stage/usr/share/zsh/vendor-completions" >/dev/null
chmod 0755 "$stage"
gzip -9n "$stage/usr/share/man/man1/mustdo.1"
doc="$stage/usr/share/doc/mustdo"
install -d -m 0755 "$doc"
cat > "$doc/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: mustdo
Upstream-Contact: MustDo developers

Files: *
Copyright: 2026 MustDo developers
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of
 this software and associated documentation files, to deal in the software
 without restriction, including without limitation the rights to use, copy,
 modify, merge, publish, distribute, sublicense, and/or sell copies of it,
 subject to the following condition: the above copyright notice and this
 permission notice shall be included in all copies or substantial portions.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
COPYRIGHT
changes_date=$(git log -1 --format=%cD 2>/dev/null || date -R)
printf 'mustdo (%s) unstable; urgency=medium\n\n  * Release %s, built from commit %s.\n\n -- MustDo developers <mustdo@example.org>  %s\n' \
  "$version" "$version" "$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)" "$changes_date" \
  | gzip -9n > "$doc/changelog.gz"
chmod 0644 "$doc/copyright" "$doc/changelog.gz"
install -d -m 0755 "$stage/DEBIAN"
# libstdc++ is linked statically when the toolchain has libstdc++.a (see the Makefile); depend on it only otherwise.
cxx_dep=""
readelf -d "$stage/usr/bin/mustdo" | grep -q 'NEEDED.*libstdc++' && cxx_dep=", libstdc++6 (>= 12)"
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: mustdo
Version: $version
Architecture: $arch
Maintainer: MustDo developers <mustdo@example.org>
Installed-Size: $size
Depends: libc6 (>= 2.34), libncursesw6 (>= 6), libtinfo6 (>= 6), libsqlite3-0 (>= 3.35)$cxx_dep, libgcc-s1 (>= 3.0)
Recommends: libpq5 (>= 15)
Section: utils
Priority: optional
Homepage: https://example.org/mustdo
Description: must-do lists of a field salesperson, in the terminal
 MustDo keeps the routines of a salesperson's working life (every day, week,
 month, quarter, half-year and year) in a local SQLite database, with a
 full-screen ncurses view and console commands that print the same data.
 Chinese and English are both supported, with exact alignment of wide
 characters.
CONTROL
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"
mkdir -p dist
deb="dist/mustdo_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "built $deb"
if [ $lint -eq 1 ] && command -v lintian >/dev/null 2>&1; then
  # Errors fail the build; warnings are printed for the record.
  lintian --tag-display-limit 0 "$deb" | tee dist/lintian.txt || true
  if grep -q '^E:' dist/lintian.txt; then echo "build-deb: lintian reports errors" >&2; exit 1; fi
fi
