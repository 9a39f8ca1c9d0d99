extension Color {
    /// The xterm default RGB value of a palette index (0–255).
    public static func paletteRGB(_ index: UInt8) -> (r: UInt8, g: UInt8, b: UInt8) {
        let basic: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let i = Int(index)
        if i < 16 { return basic[i] }
        if i < 232 {
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let n = i - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        }
        let grey = UInt8(8 + (i - 232) * 10)
        return (grey, grey, grey)
    }

    /// The palette index (below `colorCount`, at most 256) that best shows this colour, or nil
    /// for `.default`. With 256 colours RGB maps into the cube and grey ramp; with fewer, to the
    /// nearest of the 8 or 16 basic colours; an index the terminal lacks maps the same way.
    public func paletteIndex(colorCount: Int) -> Int? {
        let available = min(max(colorCount, 0), 256)
        switch self {
        case .default:
            return nil
        case .indexed(let i):
            if Int(i) < available { return Int(i) }
            let (r, g, b) = Color.paletteRGB(i)
            return Color.nearestBasic(r, g, b, count: available >= 16 ? 16 : 8)
        case .rgb(let r, let g, let b):
            if available >= 256 { return Color.nearest256(r, g, b) }
            return Color.nearestBasic(r, g, b, count: available >= 16 ? 16 : 8)
        }
    }

    /// The colour as a 24-bit value 0xRRGGBB (palette indexes use xterm's defaults), or nil for
    /// `.default`; for direct-colour terminals.
    public var rgbValue: Int? {
        switch self {
        case .default: return nil
        case .indexed(let i):
            let (r, g, b) = Color.paletteRGB(i)
            return Int(r) << 16 | Int(g) << 8 | Int(b)
        case .rgb(let r, let g, let b):
            return Int(r) << 16 | Int(g) << 8 | Int(b)
        }
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (r: UInt8, g: UInt8, b: UInt8)) -> Int {
        // Weighted Euclidean distance ("redmean" approximation) — cheap and good enough.
        let rm = (Int(a.0) + Int(b.r)) / 2
        let dr = Int(a.0) - Int(b.r), dg = Int(a.1) - Int(b.g), db = Int(a.2) - Int(b.b)
        return (((512 + rm) * dr * dr) >> 8) + 4 * dg * dg + (((767 - rm) * db * db) >> 8)
    }

    private static func nearestBasic(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for i in 0..<count {
            let d = distance((r, g, b), paletteRGB(UInt8(i)))
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    private static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = average > 238 ? 255 : 232 + max(0, (average - 3) / 10)
        let dc = distance((r, g, b), paletteRGB(UInt8(cube)))
        let dg = distance((r, g, b), paletteRGB(UInt8(min(grey, 255))))
        return dg < dc ? min(grey, 255) : cube
    }
}
