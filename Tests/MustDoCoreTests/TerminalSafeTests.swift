import Testing
@testable import MustDoCore

/// The one sanitising helper: what may reach a terminal, how the rest is shown, and how input is refused.
@Suite struct TerminalSafeTests {
    @Test func escapeSequencesAndBellBecomeVisibleText() {
        let evil = "evil\u{1B}[2J\u{1B}]0;T\u{07}"
        #expect(evil.terminalSafe == "evil\\u{1b}[2J\\u{1b}]0;T\\u{7}")
        #expect(!evil.terminalSafe.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func c1ControlsBidiOverridesAndSeparatorsAreEscaped() {
        for v: UInt32 in [0x7F, 0x80, 0x9B, 0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069] {
            let s = "a" + String(Unicode.Scalar(v)!) + "b"
            #expect(s.terminalSafe == "a\\u{\(String(v, radix: 16))}b", "U+\(String(v, radix: 16))")
            #expect(s.firstUnsafeScalar()?.value == v)
        }
    }

    @Test func ordinaryTextIsUntouchedIncludingCJKAndEmoji() {
        for s in ["", "call Mr. Wang back", "给王经理回电话", "✓ ★ — …", "👍🏽 family 👨‍👩‍👧", "tab-free, café"] {
            #expect(s.terminalSafe == s)
            #expect(s.firstUnsafeScalar() == nil)
        }
    }

    @Test func theByteScanAgreesWithTheScalarRuleForEveryNearbyScalar() {
        // The byte scan skips the scalar walk (issue 14, start-up): next to safe text sharing their lead bytes (·, …, ‰,
        // U+00A0, U+061B), every scalar of U+0000–U+00FF, U+0600–U+06FF and U+2000–U+20FF must be judged as the rule does.
        let ranges: [ClosedRange<UInt32>] = [0x0000...0x00FF, 0x0600...0x06FF, 0x2000...0x20FF]
        for v in ranges.joined() {
            guard let u = Unicode.Scalar(v) else { continue }
            for keep in [false, true] {
                let s = "· … ‰ \u{A0}\u{61B} " + String(u) + " done"
                let expected: UInt32? = String.isTerminalUnsafe(u) && !(keep && (v == 0x0A || v == 0x09)) ? v : nil
                #expect(s.firstUnsafeScalar(allowingLineBreaks: keep)?.value == expected, "U+\(String(v, radix: 16)) keep \(keep)")
                #expect((s.terminalSafe(keepingLineBreaks: keep) == s) == (expected == nil), "U+\(String(v, radix: 16)) keep \(keep)")
            }
        }
        #expect("line\r\n".firstUnsafeScalar(allowingLineBreaks: true) == nil)
        #expect("line\r".firstUnsafeScalar(allowingLineBreaks: true)?.value == 0x0D)
    }

    @Test func lineBreaksStayOnlyWhenAsked() {
        let text = "line one\nline\ttwo\r\nthree\rfour"
        #expect(text.terminalSafe(keepingLineBreaks: true) == "line one\nline\ttwo\r\nthree\\u{d}four")
        #expect(text.terminalSafe == "line one\\u{a}line\\u{9}two\\u{d}\\u{a}three\\u{d}four")
        #expect("a\nb\tc\r\nd".firstUnsafeScalar(allowingLineBreaks: true) == nil)
        #expect("a\nb".firstUnsafeScalar() == "\n")
    }

    @Test func quotedInputIsShortAndSafe() {
        let long = String(repeating: "y", count: 131_000)
        let q = long.quotedForMessage()
        #expect(q.count == 40 && q.hasSuffix("…"))
        #expect("short".quotedForMessage() == "short")
        #expect("\u{1B}[2J".quotedForMessage() == "\\u{1b}[2J")
    }
}

/// The input limits: titles, reasons, notes, journal text and counts.
@Suite struct UserInputTests {
    func key(_ body: () throws -> Void) -> MessageKey? {
        do { try body(); return nil } catch MustDoError.invalidInput(let k, _) { return k } catch { return nil }
    }

    @Test func taskTitlesAreTrimmedAndLimitedLikeRoutineTitles() throws {
        #expect(try UserInput.taskTitle("  call back \u{3000}") == "call back")
        #expect(try UserInput.taskTitle(String(repeating: "字", count: 500)).count == 500)
        #expect(key { _ = try UserInput.taskTitle(String(repeating: "x", count: 501)) } == .inputTitleTooLong)
        #expect(key { _ = try UserInput.taskTitle(String(repeating: "x", count: 131_000)) } == .inputTitleTooLong)
        #expect(key { _ = try UserInput.taskTitle(" \u{3000} ") } == .inputTaskTitleEmpty)
        #expect(key { _ = try UserInput.taskTitle("evil\u{1B}[2J") } == .inputTitleControl)
        #expect(key { _ = try UserInput.taskTitle("two\nlines") } == .inputTitleControl)
    }

    @Test func reasonsNotesAndJournalTextRefuseControls() {
        #expect(key { try UserInput.skipReason("rain\u{07}") } == .inputReasonControl)
        #expect(key { try UserInput.skipReason(String(repeating: "r", count: 501)) } == .inputReasonTooLong)
        #expect(key { try UserInput.skipReason("下雨") } == nil)
        #expect(key { try UserInput.note("first\nsecond\tcol") } == nil)
        #expect(key { try UserInput.note("x\u{9B}31m") } == .inputNoteControl)
        #expect(key { try UserInput.journal("plan\r\nmore", option: "--plan") } == nil)
        #expect(key { try UserInput.journal("a\u{0}b", option: "--plan") } == .inputJournalControl)
        #expect(key { try UserInput.journal("\u{202E}evil", option: "--review") } == .inputJournalControl)
    }

    @Test func countStepsNeverOverflow() throws {
        #expect(try UserInput.countStep("-1") == -1)
        #expect(try UserInput.countStep("10000") == 10_000)
        for text in ["-9223372036854775808", "9223372036854775807", "99999999999999999999", "10001", "-10001", "0", "", "2x", "+-1"] {
            #expect(key { _ = try UserInput.countStep(text) } == .inputCountInvalid, "\(text)")
        }
    }

    @Test func refusalsReadInBothLanguagesWithoutRepeatingTheInput() {
        let error = MustDoError.invalidInput(.inputCountInvalid, ["limit": "10000", "text": String(repeating: "9", count: 500).quotedForMessage()])
        #expect(error.exitCode == 64)
        #expect(error.message(.en).count < 200)
        #expect(error.message(.zh).contains("非零整数"))
        #expect(MustDoError.unknownRef(String(repeating: "z", count: 1000)).message(.en).count < 200)
    }
}
