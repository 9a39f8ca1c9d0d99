import MustDoCore
import TOMLKit

extension TeamSettings {
    /// The screen's background sync interval in seconds from `[team] sync-every` ("30s", "5m", "1h"), or nil when
    /// it is not set. A value that is not such an interval (1s to 24h) is one sentence naming the key, exit 78.
    public static func syncEvery(configPath path: String) throws -> Int? {
        guard let text = try TextFile.read(path).text(path: path, role: .config, missingIsFine: true) else { return nil }
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch { return nil }  // Settings.load has already said what is wrong
        guard let value = table["team"]?.table?["sync-every"] else { return nil }
        guard let s = value.string, let seconds = TeamSettings.seconds(s) else {
            let shown = value.string.map { "\"" + $0 + "\"" } ?? String(describing: value)
            throw TeamError(.tscreenBadSyncEvery, ["file": path, "value": shown], exitCode: 78)
        }
        return seconds
    }

    /// "90s", "5m", "1h" as seconds, when between 1 s and 24 h.
    static func seconds(_ text: String) -> Int? {
        let t = text.trimmingSpaces()
        guard let unit = t.last, let n = Int(t.dropLast()), n > 0 else { return nil }
        let factor: Int
        switch unit {
        case "s": factor = 1
        case "m": factor = 60
        case "h": factor = 3600
        default: return nil
        }
        let total = n.multipliedReportingOverflow(by: factor)
        guard !total.overflow, total.partialValue <= 86_400 else { return nil }
        return total.partialValue
    }
}
