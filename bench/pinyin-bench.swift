// The pinyin search on 10,000 generated customers (name, company, number, phone), built by bench/pinyin.sh
// together with MustDo's Pinyin*.swift and SearchKey*.swift: the table's first decode, building the keys,
// each keystroke of typical searches, and the same names romanised by ICU at run time, for comparison.
import Foundation

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
/// This thread's CPU time: on a shared machine, wall time also counts the moments the bench waits for a core.
func cpu() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}
func ms(_ ns: UInt64) -> String { String(format: "%.3f ms", Double(ns) / 1e6) }

let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单翟区查乐")
let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬建国文辉力飞波宁鹏海燕云莉志红斌俊峰长乐朝晟茜蔚子涵欣怡浩宇梓轩一诺嘉")
let cities = Array("北京上海广州深圳杭州成都武汉南京重庆西安长沙苏州")
let trades = ["科技有限公司", "贸易有限公司", "医疗器械有限公司", "建材商行", "电子股份有限公司"]
var seed: UInt64 = 20261127
func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }

var names: [String] = [], companies: [String] = [], numbers: [String] = [], phones: [String] = []
for i in 0..<10_000 {
    var name = String(surnames[next(surnames.count)]) + String(given[next(given.count)])
    if next(3) > 0 { name += String(given[next(given.count)]) }
    if i % 50 == 0 { name = ["John Smith", "Anna Müller", "José García", "Lee Wong"][next(4)] }
    names.append(name)
    let c1 = next(cities.count / 2) * 2
    companies.append(String(cities[c1...c1 + 1]) + String(given[next(given.count)]) + String(given[next(given.count)]) + trades[next(trades.count)])
    numbers.append("KH-2026-" + String(format: "%05d", i + 1))
    phones.append(String(format: "13%d-%04d-%04d", next(10), next(10000), next(10000)))
}

// 1. The table: first use decodes it.
var t = now()
_ = Pinyin.readings("张")
print("table first use (decode):", ms(now() - t))

// 2. Keys for 10,000 customers.
t = now()
var keys: [SearchKey] = []
keys.reserveCapacity(names.count)
for i in 0..<names.count {
    keys.append(SearchKey(fields: [(names[i], .name), (companies[i], .text), (numbers[i], .text), (phones[i], .text)]))
}
print("keys for 10,000 customers (one key of 4 fields each):", ms(now() - t))

// 3. Keystrokes: each prefix of each search, matched against all 10,000 customers.
let searches = ["zhangsan", "zhang wei", "zs", "张伟", "wangf", "zhangs", "138", "kh-2026-009", "shenzhen", "科技", "smith", "xyz"]
var worst: UInt64 = 0
var total: UInt64 = 0
var strokes = 0
for search in searches {
    let chars = Array(search)
    var line = "  \(search):"
    var slowest: UInt64 = 0
    for n in 1...chars.count {
        let typed = String(chars[0..<n])
        var best = UInt64.max
        var hits = 0
        for _ in 0..<15 {
            let s = cpu()
            let query = SearchKey.Query(typed)
            hits = 0
            for k in keys where k.matches(query) { hits += 1 }
            best = min(best, cpu() - s)
        }
        worst = max(worst, best)
        total += best
        strokes += 1
        slowest = max(slowest, best)
        if n == chars.count { line += " \(hits) hits, last keystroke \(ms(best)), slowest \(ms(slowest))" }
    }
    print(line)
}
print("keystroke over 10,000 customers: mean \(ms(total / UInt64(strokes))), worst \(ms(worst)) (\(strokes) keystrokes, CPU time, best of 15 each)")

// 4. ICU at run time, for comparison: the first transform (loads ICU's transliterator), then each name.
t = now()
_ = "张".applyingTransform(.mandarinToLatin, reverse: false)
print("ICU first transform:", ms(now() - t))
t = now()
var chars = 0
for name in names { chars += (name.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? "").count }
let icu = now() - t
print("ICU 10,000 names:", ms(icu), "(\(String(format: "%.1f", Double(icu) / 1e4 / 1e3)) µs a name)")
t = now()
var spelled = 0
for name in names { spelled += SearchKey.spellings(name).full[0].count }
let table = now() - t
print("table 10,000 names (spellings):", ms(table), "(\(String(format: "%.1f", Double(table) / 1e4 / 1e3)) µs a name)")
