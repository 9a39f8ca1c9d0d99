#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The solar terms (节气) a greeting needs, computed from the sun's apparent longitude: 清明 (Qingming, 15°).
///
/// The moment the sun reaches the longitude is found with Meeus's solar coordinates (Astronomical Algorithms,
/// ch. 25: mean longitude, equation of centre, nutation and aberration in longitude), Terrestrial Time turned into
/// Universal Time with NASA's ΔT polynomials (Espenak and Meeus), and the day taken in China Standard Time (UTC+8),
/// as the Chinese calendar reckons. Checked against borax's table for every year 1900–2100
/// (Tests/oracle/greetings_oracle.py).
public enum SolarTerm {
    /// The ecliptic longitude of 清明, in degrees.
    public static let qingmingLongitude = 15.0

    /// The day of 清明 in `year` (China Standard Time).
    public static func qingming(year: Int) -> LocalDate {
        day(longitude: qingmingLongitude, year: year, month: 4, approximateDay: 5)
    }

    /// The day in China Standard Time on which the sun reaches `longitude` near `month`/`approximateDay` of `year`.
    public static func day(longitude: Double, year: Int, month: Int, approximateDay: Int) -> LocalDate {
        let guess = LocalDate(year: year, month: month, day: approximateDay)!
        // Julian Ephemeris Day, iterated to the longitude (Meeus 27: about 58 days per radian of difference).
        var jde = Double(guess.dayNumber) + 2_440_587.5
        for _ in 0..<20 {
            let step = 58.0 * sin((longitude - apparentLongitude(jde: jde)) * .pi / 180)
            jde += step
            if abs(step) < 1e-7 { break }
        }
        let ut = jde - deltaT(year: Double(year) + (Double(month) - 0.5) / 12) / 86_400
        let beijing = ut + 8.0 / 24 - 2_440_587.5   // days since 1970-01-01 00:00 in UTC+8
        return LocalDate(dayNumber: Int(beijing.rounded(.down)))
    }

    /// The sun's apparent ecliptic longitude at `jde`, degrees 0..<360.
    static func apparentLongitude(jde: Double) -> Double {
        let t = (jde - 2_451_545.0) / 36_525
        let l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
        let m = (357.52911 + 35_999.05029 * t - 0.0001537 * t * t) * .pi / 180
        let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m)
        let omega = (125.04 - 1934.136 * t) * .pi / 180
        let lambda = l0 + c - 0.00569 - 0.00478 * sin(omega)
        let r = lambda.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    /// ΔT = TT − UT in seconds for a decimal year (NASA's polynomials by Espenak and Meeus, 1900–2150).
    static func deltaT(year y: Double) -> Double {
        switch y {
        case ..<1920:
            let t = y - 1900
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t
        case ..<1941:
            let t = y - 1920
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t
        case ..<1961:
            let t = y - 1950
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547
        case ..<1986:
            let t = y - 1975
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718
        case ..<2005:
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t
        case ..<2050:
            let t = y - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        default:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        }
    }
}
