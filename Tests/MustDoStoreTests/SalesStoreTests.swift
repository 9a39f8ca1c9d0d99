import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore

private func m(_ s: String) -> SalesMonth { SalesMonth(parsing: s)! }
private func q(_ s: String) -> SalesQuantity { try! SalesQuantity.parse(s) }

/// Sales in SQLite: add accumulates, import replaces, a bad line writes nothing, merged cards count as one.
@Suite struct SalesStoreTests {
    func db(_ names: [String]) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        for n in names { try db.addCustomer(Customer(name: n), prefix: "KH-2026-", now: "2026-11-27T09:00:00") }
        return db
    }

    func count(_ db: AppDatabase) throws -> Int { try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sales") ?? -1 } }

    func line(_ n: Int, _ c: String, _ month: String, _ amount: String) -> SalesImport.Line {
        SalesImport.Line(line: n, customer: c, month: m(month), amount: q(amount), volume: .zero)
    }

    @Test func addAccumulatesTheMonth() throws {
        let db = try db(["张三"])
        _ = try db.addSales(customer: "张三", month: m("2026-11"), amount: q("100.5"), volume: q("1"), now: "t")
        let e = try db.addSales(customer: "KH-2026-0001", month: m("2026-11"), amount: q("50"), volume: q("2"), now: "t")
        #expect(e.figure.amount == q("150.5") && e.figure.volume == q("3"))
        #expect(throws: MustDoError.self) { try db.addSales(customer: "nobody", month: m("2026-11"), amount: q("1"), volume: .zero, now: "t") }
        #expect(try count(db) == 1)
    }

    @Test func anImportIsOneTransactionAndABadLineWritesNothing() throws {
        let db = try db(["张三", "李四"])
        let r = try db.importSales([line(2, "张三", "2026-11", "100"), line(3, "李四", "2026-10", "200")], now: "t")
        #expect(r.lines == 2 && r.customers == 2 && r.replaced == 0 && r.months == m("2026-10")...m("2026-11"))
        // Replacing, then a line with an unknown customer: the whole file is refused and the first figures stay.
        #expect(throws: SalesImportProblem.self) {
            try db.importSales([line(2, "张三", "2026-11", "999"), line(3, "王五", "2026-11", "1")], now: "t")
        }
        do {
            _ = try db.importSales([line(2, "张三", "2026-12", "1"), line(7, "KH-2026-0001", "2026-12", "2")], now: "t")
            Issue.record("a customer and month named twice was accepted")
        } catch let p as SalesImportProblem {
            #expect(p.line == 7 && p.column == "customer")
        }
        let kept = try db.salesFigures(customerID: 1).map(\.amount)
        #expect(kept == [q("100")])
        #expect(try count(db) == 2)
        let again = try db.importSales([line(2, "张三", "2026-11", "300")], now: "t")
        #expect(again.replaced == 1)
        #expect(try db.salesFigures(customerID: 1).map(\.amount) == [q("300")])
        // A dry run says what would happen and writes nothing.
        let dry = try db.checkSalesImport([line(2, "李四", "2026-11", "5")], now: "t")
        #expect(dry.lines == 1)
        #expect(try count(db) == 2)
    }

    @Test func theRankingReadsThreeMonthsAndFoldsMergedCards() throws {
        let db = try db(["张三", "李四", "王五"])
        _ = try db.importSales([line(2, "张三", "2026-11", "100"), line(3, "李四", "2026-11", "300"), line(4, "王五", "2026-11", "50"),
                                line(5, "张三", "2026-10", "80"), line(6, "李四", "2025-11", "100")], now: "t")
        var r = try db.salesRanking(month: m("2026-11"))
        #expect(r.rows.map(\.customer.name) == ["李四", "张三", "王五"] && r.rows[1].previous == q("80") && r.rows[0].yearBefore == q("100"))
        #expect(try db.latestSalesMonth(notAfter: m("2026-12")) == m("2026-11"))
        #expect(try db.latestSalesMonth(notAfter: m("2025-10")) == nil)
        _ = try db.mergeCustomers(into: 1, from: 3, now: "t")
        r = try db.salesRanking(month: m("2026-11"))
        #expect(r.rows.count == 2 && r.rows[1].customer.name == "张三" && r.rows[1].amount == q("150"))
    }

    @Test func theMigrationRefusesNegativeAndMalformedRows() throws {
        let db = try db(["张三"])
        #expect(throws: (any Error).self) { try db.write { try $0.execute(sql: "INSERT INTO sales VALUES (1, '2026-11', -1, 0, 't')") } }
        #expect(throws: (any Error).self) { try db.write { try $0.execute(sql: "INSERT INTO sales VALUES (1, '2026-1x', 1, 0, 't')") } }
    }

    @Test func cardDatesAreSetReplacedAndRemoved() throws {
        let db = try db(["张三"])
        _ = try db.setCustomerDate(customer: "张三", label: "结婚纪念日", date: Birthday(parsing: "2010-05-01")!)
        _ = try db.setCustomerDate(customer: "张三", label: "结婚纪念日", date: Birthday(parsing: "lunar:2010-04-18")!)
        #expect(try db.greetingPeople()[0].dates == [GreetingCalendar.CardDate(label: "结婚纪念日", date: Birthday(parsing: "lunar:2010-04-18")!)])
        _ = try db.removeCustomerDate(customer: "张三", label: "结婚纪念日")
        #expect(try db.greetingPeople()[0].dates.isEmpty)
        #expect(throws: MustDoError.self) { try db.removeCustomerDate(customer: "张三", label: "结婚纪念日") }
    }
}
