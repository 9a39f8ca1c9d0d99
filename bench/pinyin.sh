#!/usr/bin/env bash
# The pinyin search on 10,000 generated customers (bench/pinyin-bench.swift): table decode, key building,
# each keystroke of typical searches, and ICU's Han-Latin transform at run time for comparison; then the
# size the table adds to an object file. Builds with swiftc -O from MustDo's own sources. Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out; mkdir -p "$out"
src=(Sources/MustDoCore/Customers/Pinyin*.swift Sources/MustDoCore/Customers/SearchKey*.swift)
cp bench/pinyin-bench.swift "$out/main.swift"  # top-level code must be in main.swift
swiftc -O -module-name PinyinBench "${src[@]}" "$out/main.swift" -o "$out/pinyin-bench"
"$out/pinyin-bench"
swiftc -O -parse-as-library -module-name T -c Sources/MustDoCore/Customers/PinyinTable.swift -o "$out/PinyinTable.o"
echo "PinyinTable.o: $(size -A "$out/PinyinTable.o" | awk '$1 ~ /rodata|data|text/ {s += $2} END {print s}') bytes of text and data"
# One name in a fresh process: the table (decoded on first use) against ICU's transform (loaded on first use).
cat > "$out/one-table.swift" <<'SWIFT'
for name in CommandLine.arguments.dropFirst() { print(name, SearchKey.spellings(name).full[0]) }
SWIFT
cat > "$out/one-icu.swift" <<'SWIFT'
import Foundation
for name in CommandLine.arguments.dropFirst() {
    print(name, name.applyingTransform(.mandarinToLatin, reverse: false)!.applyingTransform(.stripDiacritics, reverse: false)!)
}
SWIFT
cp "$out/one-table.swift" "$out/main.swift"
swiftc -O -module-name OneTable "${src[@]}" "$out/main.swift" -o "$out/one-table"
swiftc -O "$out/one-icu.swift" -o "$out/one-icu"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 40 "$out/one-table 张三" "$out/one-icu 张三" 2>&1 | grep -E "Benchmark|Time"
fi
for p in one-table one-icu; do /usr/bin/time -f "$p: peak RSS %M KB" "$out/$p" 张三 >/dev/null; done
