/// Column-aware string helpers: truncate, pad and fit text measured with `DisplayWidth`.
public enum Text {
    /// Cuts `s` to at most `w` columns without splitting a grapheme cluster; when anything is cut
    /// the result ends with `ellipsis`. A wide character that does not fit is dropped, so the
    /// result may be one column narrower than `w`.
    public static func truncate(_ s: String, toWidth w: Int, ellipsis: String = "…") -> String {
        guard w > 0 else { return "" }
        if DisplayWidth.of(s) <= w { return s }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let useEllipsis = ellipsisWidth <= w
        let budget = useEllipsis ? w - ellipsisWidth : w
        var result = ""
        var used = 0
        for c in s {
            let cw = DisplayWidth.of(c)
            if used + cw > budget { break }
            result.append(c)
            used += cw
        }
        return useEllipsis ? result + ellipsis : result
    }

    /// Appends spaces so `s` is `w` columns wide; a wider string is returned unchanged.
    public static func pad(_ s: String, toWidth w: Int) -> String {
        let missing = w - DisplayWidth.of(s)
        return missing > 0 ? s + String(repeating: " ", count: missing) : s
    }

    /// Prepends spaces so `s` is `w` columns wide (right-aligns it); a wider string is unchanged.
    public static func padLeft(_ s: String, toWidth w: Int) -> String {
        let missing = w - DisplayWidth.of(s)
        return missing > 0 ? String(repeating: " ", count: missing) + s : s
    }

    /// Truncates with `ellipsis` and then pads, so the result is exactly `w` columns wide.
    public static func fit(_ s: String, toWidth w: Int, ellipsis: String = "…") -> String {
        pad(truncate(s, toWidth: w, ellipsis: ellipsis), toWidth: w)
    }

    /// Centres `s` in `w` columns (extra space goes to the right); a wider string is truncated.
    public static func center(_ s: String, toWidth w: Int) -> String {
        let t = truncate(s, toWidth: w)
        let missing = w - DisplayWidth.of(t)
        guard missing > 0 else { return t }
        return String(repeating: " ", count: missing / 2) + t
            + String(repeating: " ", count: missing - missing / 2)
    }
}
