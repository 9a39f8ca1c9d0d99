// Prints the Chinese lunar calendar of 1900...2100 as ICU computes it (Foundation on Linux), one lunar
// year a line: solar year, month and day of its new year, leap month (0: none), month count, a bit
// mask of the 30-day months, and the month lengths. Run by scripts/gen-lunar-table.py.
import Foundation
// For each lunar year whose new year falls in 1900...2100: the solar date of its first day,
// its leap month (0: none), and its months' lengths in order (a leap month after its namesake).
var cal = Calendar(identifier: .chinese)
cal.timeZone = TimeZone(identifier: "Asia/Shanghai")!
var greg = Calendar(identifier: .gregorian)
greg.timeZone = TimeZone(identifier: "Asia/Shanghai")!
var d = greg.date(from: DateComponents(year: 1900, month: 1, day: 1, hour: 12))!
let end = greg.date(from: DateComponents(year: 2102, month: 3, day: 1, hour: 12))!
struct Month { var number: Int; var leap: Bool; var length: Int }
var years: [(start: DateComponents, months: [Month])] = []
var current: (start: DateComponents, months: [Month])? = nil
while d < end {
    let c = cal.dateComponents([.month, .day, .isLeapMonth], from: d)
    if c.day == 1 {
        if c.month == 1 && c.isLeapMonth == false {
            if let cur = current { years.append(cur) }
            current = (greg.dateComponents([.year, .month, .day], from: d), [])
        }
        current?.months.append(Month(number: c.month!, leap: c.isLeapMonth ?? false, length: 0))
    }
    if current != nil, !current!.months.isEmpty { current!.months[current!.months.count - 1].length += 1 }
    d = greg.date(byAdding: .day, value: 1, to: d)!
}
for y in years where (1900...2100).contains(y.start.year!) {
    let leap = y.months.firstIndex(where: { $0.leap }).map { y.months[$0].number } ?? 0
    var bits = 0
    for (i, m) in y.months.enumerated() where m.length == 30 { bits |= 1 << i }
    print("\(y.start.year!) \(y.start.month!) \(y.start.day!) \(leap) \(y.months.count) \(bits) \(y.months.map { String($0.length) }.joined(separator: ","))")
}
