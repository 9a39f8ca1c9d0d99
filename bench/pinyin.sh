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
