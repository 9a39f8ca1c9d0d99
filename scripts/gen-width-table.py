#!/usr/bin/env python3
"""Generate Sources/TerminalUI/EastAsianWidthTable.swift from Python's unicodedata.

Usage (from the repository root):

    python3 scripts/gen-width-table.py            # writes the Swift file
    python3 scripts/gen-width-table.py --check    # exits 1 if the file is out of date

Rules (every code point not listed in a range has width 1):
  width 0: general categories Mn, Me (combining marks), Cc (controls), Cf (format: ZWJ,
           ZWNJ, U+200B, bidi marks...) except the visible prepended concatenation marks and
           U+00AD SOFT HYPHEN, Zl and Zp, variation selectors (U+FE00-FE0F, U+E0100-E01EF),
           Hangul medial vowels and final consonants (U+1160-11FF, U+D7B0-D7FF), which join
           the leading consonant into one two-column syllable.
  width 2: East Asian Width W or F; unassigned code points in the ranges Unicode reserves as
           wide (CJK blocks and planes 2 and 3) or as Extended_Pictographic (U+1F000-1FAFF,
           U+1FC00-1FFFD), so emoji newer than this Python still measure 2.
  width 1: everything else, including East Asian Width A (ambiguous) and N, and the
           regional indicators U+1F1E6-1F1FF (a flag pair is measured as 2 by DisplayWidth).
Emoji_Presentation characters are W in EastAsianWidth.txt since Unicode 9, so W covers them;
the TerminalUI tests check that against the Swift standard library's isEmojiPresentation.
"""
import sys
import unicodedata

OUT = "Sources/TerminalUI/EastAsianWidthTable.swift"

# Visible format characters (Prepended_Concatenation_Mark) and the soft hyphen take a column.
VISIBLE_FORMAT = {0x00AD, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F,
                  0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD}
ZERO_RANGES = [(0x1160, 0x11FF), (0xD7B0, 0xD7FF), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF),
               (0x200B, 0x200F)]
WIDE_UNASSIGNED = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                   (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
                   (0x1F000, 0x1FAFF), (0x1FC00, 0x1FFFD)]
REGIONAL_INDICATORS = (0x1F1E6, 0x1F1FF)


def in_ranges(cp, ranges):
    return any(lo <= cp <= hi for lo, hi in ranges)


def width(cp):
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return 0
    if 0xD800 <= cp <= 0xDFFF:
        return 1  # surrogates are not scalars; keep them out of the tables
    if in_ranges(cp, ZERO_RANGES):
        return 0
    ch = chr(cp)
    cat = unicodedata.category(ch)
    if cat == "Cn":
        return 2 if in_ranges(cp, WIDE_UNASSIGNED) else 1
    if cat in ("Mn", "Me", "Cc", "Zl", "Zp"):
        return 0
    if cat == "Cf":
        return 1 if cp in VISIBLE_FORMAT else 0
    if REGIONAL_INDICATORS[0] <= cp <= REGIONAL_INDICATORS[1]:
        return 1
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def ranges():
    out = []
    start, current = 0, width(0)
    for cp in range(1, 0x110000):
        w = width(cp)
        if w != current:
            out.append((start, cp - 1, current))
            start, current = cp, w
    out.append((start, 0x10FFFF, current))
    return [r for r in out if r[2] != 1 and r[1] >= 0x80]


def render():
    rs = ranges()
    lines = [
        "// GENERATED FILE — do not edit by hand.",
        "// Regenerate from the repository root with: python3 scripts/gen-width-table.py",
        f"// Source: Python {sys.version_info.major}.{sys.version_info.minor} unicodedata, "
        f"Unicode {unicodedata.unidata_version}.",
        "",
        "/// Display widths of non-ASCII code points that are not one column wide.",
        "enum EastAsianWidthTable {",
        f"    /// The Unicode version the table was generated from.",
        f"    static let unicodeVersion = \"{unicodedata.unidata_version}\"",
        "",
        "    /// Sorted, non-overlapping ranges as flat triples: first, last, width (0 or 2).",
        "    static let ranges: [UInt32] = [",
    ]
    for lo, hi, w in rs:
        lines.append(f"        0x{lo:05X}, 0x{hi:05X}, {w},")
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


def main():
    text = render()
    count = len(ranges())
    if "--check" in sys.argv:
        try:
            with open(OUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            print(f"{OUT} is out of date; run python3 scripts/gen-width-table.py", file=sys.stderr)
            sys.exit(1)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {count} ranges, Unicode {unicodedata.unidata_version}")


if __name__ == "__main__":
    main()
