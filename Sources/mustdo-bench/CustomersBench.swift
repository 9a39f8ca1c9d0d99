// The customers screen's live search over 10,000 cards: one keystroke (the list narrowed with the prepared search
// keys, then the frame rendered and diffed) on a headless 120x40 terminal. Run by bench/customers-screen.sh.
import MustDoApp
import MustDoCore
import MustDoStore
import TerminalUI

/// 10,000 cards with Chinese and Latin names, companies and phones, generated the same way every run.
func benchCustomers(_ count: Int) throws -> [Customer] {
    let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文")
    let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏宇浩晨阳婷雪琳三帅松淑")
    let companies = ["华兴贸易", "长城电子", "东方机械", "新华书店", "Acme Trading", "远大物流", "金山软件", "海天调味", "Globex", "青岛啤酒"]
    let latin = ["John Smith", "Mary Brown", "Peter Lee", "Anna White", "David Chen"]
    var seed: UInt64 = 42
    func next(_ n: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(n))
    }
    let today = LocalDate(parsing: "2026-11-23")!
    return try (0..<count).map { i in
        let name = i % 10 == 9 ? latin[next(latin.count)] + " \(i)"
            : String(surnames[next(surnames.count)]) + String(given[next(given.count)]) + (next(2) == 0 ? String(given[next(given.count)]) : "")
        var c = Customer(name: name)
        try c.set(.company, companies[next(companies.count)] + (next(3) == 0 ? "有限公司" : ""), today: today)
        try c.set(.phone, "1\(30 + next(60)) \(1000 + next(9000)) \(1000 + next(9000))", today: today)
        try c.set(.tier, ["", "key", "important", "general"][next(4)], today: today)
        return c
    }
}

/// Median milliseconds per keystroke of the search (narrow, render, diff) over 10,000 cards, typing and erasing
/// `zhang`, `zs`, `138`, `华兴` and `smith` many times.
func runCustomersBench(runs: Int) throws {
    let database = try AppDatabase.inMemory()
    let today = LocalDate(parsing: "2026-11-23")!
    _ = try database.importCustomers(try benchCustomers(10_000).map { CustomerImportItem(card: $0, uid: nil, place: "bench") },
                                     duplicates: .skip, prefix: "KH-2026-", now: "2026-11-23T09:00:00")
    let engine = ScheduleEngine(settings: .standard)
    let clock = Clock(fixedToday: today)
    let terminal = HeadlessTerminal(width: 120, height: 40)
    let state = try AppRuntime.initialState(database: database, engine: engine, clock: clock, language: .zh, width: 120, height: 40, ascii: false)
    let runtime = AppRuntime(terminal: terminal, database: database, engine: engine, clock: clock, keymap: .home, theme: .fallback, state: state)
    terminal.draw(runtime.render())
    terminal.enqueue(.char("c"))
    let opened = nanoseconds()
    runtime.step(timeoutMilliseconds: 0)
    let openMs = Double(nanoseconds() - opened) / 1_000_000
    terminal.enqueue(.char("/"))
    runtime.step(timeoutMilliseconds: 0)
    var samples: [UInt64] = []
    var byStep: [String: [UInt64]] = [:]
    var matched: [String: Int] = [:]
    for _ in 0..<runs {
        for word in ["zhang", "zs", "138", "华兴", "smith"] {
            for (i, ch) in word.enumerated() {
                terminal.enqueue(.char(ch))
                let s = nanoseconds()
                runtime.step(timeoutMilliseconds: 0)
                samples.append(nanoseconds() - s)
                byStep["\(word) +\(i)", default: []].append(samples.last!)
            }
            matched[word] = runtime.state.view(CustomerListView.self)?.visible.count
            for i in 0..<word.count {
                terminal.enqueue(.backspace)
                let s = nanoseconds()
                runtime.step(timeoutMilliseconds: 0)
                samples.append(nanoseconds() - s)
                byStep["\(word) -\(i)", default: []].append(samples.last!)
            }
        }
    }
    samples.sort()
    func ms(_ q: Double) -> String { String(format: "%.3f", Double(samples[min(samples.count - 1, Int(Double(samples.count) * q))]) / 1_000_000) }
    print("customers screen, 10,000 cards, 120x40 (zh):")
    print("  open the list (load + keys + first frame):  \(String(format: "%.1f", openMs)) ms")
    print("  search keystroke incl. render + diff:       median \(ms(0.5)) ms, p90 \(ms(0.9)) ms, max \(ms(0.999)) ms (\(samples.count) keystrokes)")
    // The narrowing alone (no render), for the breakdown.
    if let view = runtime.state.view(CustomerListView.self), let p = view.presentation {
        var narrow: [UInt64] = []
        var byQuery: [String: [UInt64]] = [:]
        for _ in 0..<runs {
            for word in ["zhang", "zs", "138", "华兴", "smith"] {
                var typed = ""
                for ch in word {
                    typed.append(ch)
                    let s = nanoseconds()
                    _ = p.matching(SearchKey.Query(typed), in: view.order)
                    narrow.append(nanoseconds() - s)
                    byQuery[typed, default: []].append(narrow.last!)
                }
            }
        }
        narrow.sort()
        if CommandLine.arguments.contains("--steps") {
            for (k, v) in byQuery.sorted(by: { $0.key < $1.key }) {
                print("    narrow \(k): \(String(format: "%.3f", Double(v.sorted()[v.count / 2]) / 1_000_000)) ms")
            }
        }
        print("  a fresh search over all 10,000 keys:       median \(String(format: "%.3f", Double(narrow[narrow.count / 2]) / 1_000_000)) ms")
    }
    if CommandLine.arguments.contains("--steps") {
        for (k, v) in byStep.sorted(by: { $0.key < $1.key }) {
            let m = v.sorted()[v.count / 2]
            print("    \(k): \(String(format: "%.3f", Double(m) / 1_000_000)) ms")
        }
    }
    print("  matches: " + ["zhang", "zs", "138", "华兴", "smith"].map { "\($0) \(matched[$0] ?? 0)" }.joined(separator: ", "))
}
