import Testing
import TerminalUI

@Suite struct RectTests {
    let r = Rect(x: 2, y: 1, width: 10, height: 6)

    @Test func insetAndContains() {
        #expect(r.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 4))
        #expect(r.inset(dx: 2, dy: 0) == Rect(x: 4, y: 1, width: 6, height: 6))
        #expect(r.inset(by: 10).isEmpty)
        #expect(r.contains(x: 2, y: 1))
        #expect(!r.contains(x: 12, y: 1))
        #expect(r.maxX == 12 && r.maxY == 7)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
    }

    @Test func splits() {
        let (left, right) = r.splitHorizontally(at: 3)
        #expect(left == Rect(x: 2, y: 1, width: 3, height: 6))
        #expect(right == Rect(x: 5, y: 1, width: 7, height: 6))
        let (top, bottom) = r.splitVertically(at: -1)  // a one-row footer
        #expect(top == Rect(x: 2, y: 1, width: 10, height: 5))
        #expect(bottom == Rect(x: 2, y: 6, width: 10, height: 1))
        #expect(r.splitHorizontally(at: 99).right.width == 0)
    }

    @Test func weightedColumnsAndRows() {
        let cols = r.columns(weights: [1, 2], gap: 1)
        #expect(cols == [Rect(x: 2, y: 1, width: 3, height: 6), Rect(x: 6, y: 1, width: 6, height: 6)])
        let three = Rect(width: 10, height: 1).columns(3)
        #expect(three.map(\.width) == [4, 3, 3])
        #expect(three.map(\.x) == [0, 4, 7])
        let rows = r.rows(weights: [1, 1, 1])
        #expect(rows.map(\.height) == [2, 2, 2])
        #expect(rows.map(\.y) == [1, 3, 5])
        #expect(r.rows(weights: []).isEmpty)
    }

    @Test func intersection() {
        #expect(r.intersection(Rect(x: 0, y: 0, width: 4, height: 4)) == Rect(x: 2, y: 1, width: 2, height: 3))
        #expect(r.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
    }
}
