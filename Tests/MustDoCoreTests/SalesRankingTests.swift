import Testing
@testable import MustDoCore

private func m(_ s: String) -> SalesMonth { SalesMonth(parsing: s)! }
private func q(_ s: String) -> SalesQuantity { try! SalesQuantity.parse(s) }

/// The 80/20 ranking, exact decimals, and the sales file's checks, without SQL.
@Suite struct SalesRankingTests {
    let people: [Int64: SalesRanking.Customer] = Dictionary(uniqueKeysWithValues: (1...10).map {
        (Int64($0), SalesRanking.Customer(id: Int64($0), number: $0 < 10 ? "KH-0\($0)" : "KH-\($0)", name: "C\($0)"))
    })

    @Test func theLineFollowsTheFewWhoBringEightyPercent() {
        // 10 customers: 50, 20, 10, 5, 5, 4, 3, 1, 1, 1 (of 100): the first three reach 80%.
        let amounts = [50, 20, 10, 5, 5, 4, 3, 1, 1, 1]
        let now = amounts.enumerated().map { SalesFigure(customerID: Int64($0.offset + 1), month: m("2026-11"), amount: q(String($0.element))) }
        let r = SalesRanking(month: m("2026-11"), customers: people, current: now.shuffled(), previous: [], yearBefore: [])
        #expect(r.rows.map { $0.customer.id } == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(r.vitalCount == 3 && r.rows.prefix(3).allSatisfy(\.isVital) && !r.rows[3].isVital)
        #expect(abs(r.vitalSalesShare - 0.8) < 1e-9 && abs(r.vitalCustomerShare - 0.3) < 1e-9)
        #expect(r.rows.map(\.rank) == Array(1...10))
        #expect(abs(r.rows.last!.cumulative - 1) < 1e-9)
        #expect(SalesRanking.percent(r.rows[1].cumulative) == "70.0%")
    }

    @Test func oneCustomerAboveEightyPercentIsTheWholeFew() {
        let now = [SalesFigure(customerID: 1, month: m("2026-11"), amount: q("900")), SalesFigure(customerID: 2, month: m("2026-11"), amount: q("100"))]
        let r = SalesRanking(month: m("2026-11"), customers: people, current: now, previous: [], yearBefore: [])
        #expect(r.vitalCount == 1 && abs(r.vitalSalesShare - 0.9) < 1e-9)
    }

    @Test func comparesWithThePreviousMonthAndTheSameMonthLastYear() {
        let now = [SalesFigure(customerID: 1, month: m("2026-11"), amount: q("1500")), SalesFigure(customerID: 2, month: m("2026-11"), amount: q("500"))]
        let before = [SalesFigure(customerID: 1, month: m("2026-10"), amount: q("1000")), SalesFigure(customerID: 3, month: m("2026-10"), amount: q("700"))]
        let lastYear = [SalesFigure(customerID: 2, month: m("2025-11"), amount: q("1000"))]
        let r = SalesRanking(month: m("2026-11"), customers: people, current: now, previous: before, yearBefore: lastYear)
        #expect(r.rows[0].vsPrevious == 0.5 && r.rows[0].vsYearBefore == nil)
        #expect(r.rows[1].vsPrevious == nil && r.rows[1].vsYearBefore == -0.5)
        // Customer 3 bought last month but not now: listed after the ranking, without a rank.
        #expect(r.rows.count == 3 && r.rows[2].rank == nil && r.rows[2].customer.id == 3 && r.rows[2].vsPrevious == -1)
        #expect(r.total == q("2000") && r.previousTotal == q("1700") && r.yearBeforeTotal == q("1000"))
        #expect(SalesRanking.signedPercent(r.totalVsPrevious!) == "+17.6%" && SalesRanking.signedPercent(-0.5) == "−50.0%")
    }

    @Test func anEmptyMonthHasNoLine() {
        let r = SalesRanking(month: m("2026-11"), customers: people, current: [], previous: [], yearBefore: [])
        #expect(r.rows.isEmpty && r.vitalCount == 0 && r.vitalSalesShare == 0 && r.totalVsPrevious == nil)
    }

    @Test func quantitiesAreExactDecimals() throws {
        #expect(q("1234.5").hundredths == 123_450 && q(" +7 ").hundredths == 700 && q("0.07").description == "0.07")
        #expect(q("1234567.8").grouped == "1,234,567.80" && q("12").description == "12")
        #expect(throws: SalesQuantity.Problem.negative) { try SalesQuantity.parse("-5") }
        #expect(throws: SalesQuantity.Problem.notANumber) { try SalesQuantity.parse("1,000") }
        #expect(throws: SalesQuantity.Problem.notANumber) { try SalesQuantity.parse("abc") }
        #expect(throws: SalesQuantity.Problem.notANumber) { try SalesQuantity.parse("1.2.3") }
        #expect(throws: SalesQuantity.Problem.tooPrecise) { try SalesQuantity.parse("1.234") }
        #expect(throws: SalesQuantity.Problem.tooLarge) { try SalesQuantity.parse("99999999999999999") }
        #expect(SalesMonth(parsing: "2026-13") == nil && SalesMonth(parsing: "2026-1") == nil && SalesMonth(parsing: "2026-00") == nil)
        #expect(m("2026-01").previous == m("2025-12") && m("2026-03").yearBefore == m("2025-03"))
    }

    @Test func theFileIsCheckedLineByLine() throws {
        let good = try SalesImport.lines(csv: "\u{FEFF}月份,客户,金额\n2026-11,张三,100\n2026-10,\"Acme, Inc\",\"2000.5\"\n")
        #expect(good.map(\.customer) == ["张三", "Acme, Inc"] && good[1].amount == q("2000.5") && good[1].volume == .zero && good[1].line == 3)
        func problem(_ text: String) -> (Int, String)? {
            do { _ = try SalesImport.lines(csv: text); return nil } catch { return (error.line, error.column) }
        }
        #expect(problem("customer,month\n") ?? (0, "") == (1, "header"))
        #expect(problem("customer,month,amount,amount\n") ?? (0, "") == (1, "header"))
        #expect(problem("customer,month,amount\n") ?? (0, "") == (1, "header"))
        #expect(problem("customer,month,amount\nA,2026-11,1\nB,2026-13,1\n") ?? (0, "") == (3, "month"))
        #expect(problem("customer,month,amount,volume\nA,2026-11,1,-2\n") ?? (0, "") == (2, "volume"))
        #expect(problem("customer,month,amount\nA,2026-11,\n") ?? (0, "") == (2, "amount"))
        #expect(problem("customer,month,amount\n,2026-11,1\n") ?? (0, "") == (2, "customer"))
        #expect(problem("customer,month,amount\nA,2026-11\n") ?? (0, "") == (2, "CSV"))
    }
}
